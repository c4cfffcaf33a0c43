import "server-only";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env/index.mjs";
import { loadAccountLocks } from "@/lib/engine/lock-data";
import { createNukiClient } from "@/lib/nuki/client";
import { PROPERTY_DEFAULTS } from "@/lib/properties/types";
import { createPropertyStore } from "@/lib/server/properties/store";
import { createStayStore } from "@/lib/server/stays/store";
import { getWorld } from "@/lib/server/world";
import { demoDoors, demoFeedLinks } from "@/lib/calendar/demo-links";
import { createFeedStore } from "./feed-store";
import { fetchForThisServer } from "./server-fetch";
import { syncFeed, type CalendarContext } from "./sync";

export const DEMO_PROPERTY_NAME = "Demo apartment";

/**
 * Demo mode, at sign-in: an account without any property gets one on the demo's doors, following
 * the demo's Airbnb and Booking.com calendars, read at once, so a new user sees synced stays and
 * their codes without typing anything. An account that has a property is left as it is.
 */
export async function addDemoCalendars(accountId: string, accessToken: string): Promise<void> {
  if (!env.demoCalendars) return;
  const db = await getDb();
  const properties = createPropertyStore(db);
  if ((await properties.list(accountId)).length > 0) return;
  const nuki = createNukiClient(accessToken);
  const lockIds = demoDoors([...(await loadAccountLocks(nuki)).values()].map((lock) => ({ ...lock, name: lock.name ?? "" })));
  if (lockIds.length === 0) return;
  const property = await properties.create(accountId, { ...PROPERTY_DEFAULTS, name: DEMO_PROPERTY_NAME, lockIds });
  const { engine, ledger } = await getWorld();
  const feeds = createFeedStore(db);
  const ctx: CalendarContext = {
    nuki, accountId, actor: "Keyhost (calendar)", engine, ledger, properties, stays: createStayStore(db), feeds,
    fetchFeed: fetchForThisServer, now: Date.now, everyMs: env.calendarSyncMs, allowLoopback: true,
  };
  for (const link of demoFeedLinks(env.appUrl)) {
    const feed = await feeds.create(accountId, { propertyId: property.id, label: link.label, url: link.url, everyEventIsBooking: link.label === "Booking.com" });
    // A failed read is on the feed for the host to see, and the engine reads it again.
    await syncFeed(ctx, feed.id);
  }
}
