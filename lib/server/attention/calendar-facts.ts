import "server-only";
import { getDb } from "@/lib/db";
import type { CalendarFacts } from "@/lib/attention/calendar-items";
import { createFeedStore } from "@/lib/server/calendar/feed-store";
import { createPropertyStore } from "@/lib/server/properties/store";
import { createStayStore } from "@/lib/server/stays/store";

/** The account's calendar feeds and stays as Needs attention reads them: from the database only, no upstream call. */
export async function calendarFacts(accountId: string): Promise<CalendarFacts> {
  const db = await getDb();
  const [feeds, properties, stays] = await Promise.all([createFeedStore(db).ofAccount(accountId), createPropertyStore(db).list(accountId), createStayStore(db).list(accountId)]);
  const names = new Map(properties.map((p) => [p.id, p.name]));
  // A deleted property has no name: Needs attention says so in the reader's language.
  const propertyName = (id: string) => names.get(id) ?? null;
  return {
    feeds: feeds.map((feed) => ({ ...feed, propertyName: propertyName(feed.propertyId) })),
    stays: stays.filter((stay) => stay.notice !== null).map((stay) => ({ ...stay, propertyName: propertyName(stay.propertyId) })),
  };
}
