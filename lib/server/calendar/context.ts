import "server-only";
import type { AuthSession } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env/index.mjs";
import type { NukiClient } from "@/lib/nuki/client";
import { requestLocale } from "@/lib/i18n/request-locale";
import { stayContext } from "@/lib/server/stays/context";
import { createFeedStore } from "./feed-store";
import { fetchForThisServer } from "./server-fetch";
import type { CalendarContext } from "./sync";

/** The calendar services' context for a signed-in request. */
export async function calendarContext(route: { nuki: NukiClient; session: AuthSession; codeBudget?: () => Promise<void>; request?: Pick<Request, "headers"> }): Promise<CalendarContext> {
  const db = await getDb();
  return { ...(await stayContext(route)), feeds: createFeedStore(db), fetchFeed: fetchForThisServer, now: Date.now, everyMs: env.calendarSyncMs, allowLoopback: env.demoMode, locale: route.request ? requestLocale(route.request) : undefined };
}
