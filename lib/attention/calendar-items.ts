import { feedHealth } from "@/lib/calendar/health";
import { storedText } from "@/lib/i18n/stored-text";
import type { Locale } from "@/lib/i18n/config";
import { translateIn } from "@/lib/i18n/translate";
import type { Translate } from "@/lib/i18n/types";
import type { Feed } from "@/lib/calendar/types";
import type { Stay } from "@/lib/stays/types";
import type { CalendarAttentionItem } from "./types";

/** A feed as Needs attention reads it: its health, and the property it belongs to (null: deleted). */
export type AttentionFeed = Feed & { propertyName: string | null };
export type AttentionStay = Omit<Pick<Stay, "id" | "propertyId" | "guestName" | "status" | "notice" | "clearedAt">, "propertyName"> & { propertyName: string | null };

export interface CalendarFacts {
  feeds: readonly AttentionFeed[];
  stays: readonly AttentionStay[];
}

export const NO_CALENDAR_FACTS: CalendarFacts = { feeds: [], stays: [] };

const feedName = (feed: Pick<Feed, "label">, t: Translate) => (feed.label === "other" ? t("calendar") : feed.label);

function feedItem(feed: AttentionFeed, now: number, t: Translate, calendarT: Translate): CalendarAttentionItem | null {
  const health = feedHealth(feed, now, calendarT);
  if (!health.problem) return null;
  const name = feedName(feed, t);
  const propertyName = feed.propertyName ?? t("deletedProperty");
  const about = { propertyId: feed.propertyId, propertyName, feedId: feed.id, feedName: name };
  const fixes = [{ kind: "sync" as const, label: t("fix.sync") }, { kind: "open" as const, label: t("fix.openCalendar") }];
  // The feed's panel owns the sentence; here it only gains where it is and what still holds.
  if (feed.waitingForConfirmation) {
    return {
      ...about, id: `feed_emptied:${feed.id}`, kind: "feed_emptied", severity: "warning",
      title: t("item.feedEmptied", { feed: name, property: propertyName }),
      detail: t("item.feedEmptiedDetail", { problem: health.problem }),
      fixes,
    };
  }
  return {
    ...about, id: `feed_failing:${feed.id}`, kind: "feed_failing", severity: "warning",
    title: t("item.feedFailing", { feed: name, property: propertyName }),
    detail: t("item.feedFailingDetail", { problem: health.problem }),
    fixes,
  };
}

function stayItem(stay: AttentionStay, t: Translate, calendarT: Translate): CalendarAttentionItem | null {
  // A cancelled stay, or one whose code is already off the doors, no longer needs anyone.
  if (!stay.notice || stay.status === "cancelled" || stay.clearedAt) return null;
  const propertyName = stay.propertyName ?? t("deletedProperty");
  return {
    id: `stay_flagged:${stay.id}`, kind: "stay_flagged", severity: "critical",
    propertyId: stay.propertyId, propertyName, stayId: stay.id, stayName: stay.guestName,
    title: t("item.stayFlagged", { guest: stay.guestName, property: propertyName }),
    detail: storedText(stay.notice, { calendar: calendarT }),
    fixes: [{ kind: "open", label: t("fix.openStay") }],
  };
}

/** Calendar feeds that fail or wait for the host, and stays a sync flagged. Pure, from the database's facts. */
export function calendarAttention(facts: CalendarFacts, now: Date, locale: Locale): CalendarAttentionItem[] {
  const at = now.getTime();
  const t = translateIn(locale, "attention");
  const calendarT = translateIn(locale, "calendar");
  return [...facts.feeds.map((feed) => feedItem(feed, at, t, calendarT)), ...facts.stays.map((stay) => stayItem(stay, t, calendarT))].filter((item): item is CalendarAttentionItem => item !== null);
}
