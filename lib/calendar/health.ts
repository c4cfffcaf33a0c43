import type { Translate } from "@/lib/i18n/types";
import { storedText } from "@/lib/i18n/stored-text";
import type { Feed } from "./types";

function ago(fromIso: string, now: number, t: Translate): string {
  const minutes = Math.round((now - Date.parse(fromIso)) / 60_000);
  if (minutes < 1) return t("health.justNow");
  if (minutes < 60) return t("health.minutesAgo", { minutes });
  const hours = Math.round(minutes / 60);
  if (hours < 48) return t("health.hoursAgo", { hours });
  return t("health.daysAgo", { days: Math.round(hours / 24) });
}

function until(toIso: string, now: number, t: Translate): string {
  const minutes = Math.round((Date.parse(toIso) - now) / 60_000);
  return minutes <= 0 ? t("health.anyMoment") : minutes < 60 ? t("health.inMinutes", { minutes }) : t("health.inHours", { hours: Math.round(minutes / 60) });
}

export interface FeedHealth {
  tone: "good" | "warn" | "bad";
  /** "Read 3 min ago · 2 bookings · next sync in 12 min". */
  summary: string;
  /** What went wrong and what to do, or null. */
  problem: string | null;
}

/**
 * A feed's health as the host reads it on the property page. `t` translates the `calendar` namespace;
 * a last error stored as a key (a feed read from the database) is put in its language too.
 */
export function feedHealth(feed: Feed, now: number, t: Translate): FeedHealth {
  const read = feed.lastSuccessAt ? t("health.read", { ago: ago(feed.lastSuccessAt, now, t) }) : t("health.notRead");
  const bookings = t("health.bookings", { count: feed.bookingsSeen });
  const summary = `${read} · ${bookings} · ${t("health.nextSync", { when: until(feed.nextSyncAt, now, t) })}`;
  if (feed.waitingForConfirmation) return { tone: "warn", summary, problem: t("health.emptied") };
  if (feed.lastError) return { tone: "bad", summary, problem: storedText(feed.lastError, { calendar: t }) };
  return { tone: "good", summary, problem: null };
}
