import { feedHealth } from "@/lib/calendar/health";
import type { Feed } from "@/lib/calendar/types";
import type { Stay } from "@/lib/stays/types";
import type { CalendarAttentionItem } from "./types";

/** A feed as Needs attention reads it: its health, and the property it belongs to. */
export type AttentionFeed = Feed & { propertyName: string };
export type AttentionStay = Pick<Stay, "id" | "propertyId" | "propertyName" | "guestName" | "status" | "notice" | "clearedAt">;

export interface CalendarFacts {
  feeds: readonly AttentionFeed[];
  stays: readonly AttentionStay[];
}

export const NO_CALENDAR_FACTS: CalendarFacts = { feeds: [], stays: [] };

const feedName = (feed: Feed) => (feed.label === "other" ? "Calendar" : feed.label);

function feedItem(feed: AttentionFeed, now: number): CalendarAttentionItem | null {
  const health = feedHealth(feed, now);
  if (!health.problem) return null;
  const name = feedName(feed);
  const about = { propertyId: feed.propertyId, propertyName: feed.propertyName, feedId: feed.id, feedName: name };
  const fixes = [{ kind: "sync" as const, label: "Sync now" }, { kind: "open" as const, label: "Open the calendar" }];
  // The feed's panel owns the sentence; here it only gains where it is and what still holds.
  if (feed.waitingForConfirmation) {
    return {
      ...about, id: `feed_emptied:${feed.id}`, kind: "feed_emptied", severity: "warning",
      title: `The ${name} calendar of ${feed.propertyName} suddenly lists no bookings`,
      detail: `${health.problem} Confirm it on the property's calendar, or sync again once the platform lists them.`,
      fixes,
    };
  }
  return {
    ...about, id: `feed_failing:${feed.id}`, kind: "feed_failing", severity: "warning",
    title: `The ${name} calendar of ${feed.propertyName} could not be read`,
    detail: `${health.problem} Stays already made from it keep their codes meanwhile.`,
    fixes,
  };
}

function stayItem(stay: AttentionStay): CalendarAttentionItem | null {
  // A cancelled stay, or one whose code is already off the doors, no longer needs anyone.
  if (!stay.notice || stay.status === "cancelled" || stay.clearedAt) return null;
  return {
    id: `stay_flagged:${stay.id}`, kind: "stay_flagged", severity: "critical",
    propertyId: stay.propertyId, propertyName: stay.propertyName, stayId: stay.id, stayName: stay.guestName,
    title: `${stay.guestName}'s stay at ${stay.propertyName} needs you`,
    detail: stay.notice,
    fixes: [{ kind: "open", label: "Open the stay" }],
  };
}

/** Calendar feeds that fail or wait for the host, and stays a sync flagged. Pure, from the database's facts. */
export function calendarAttention(facts: CalendarFacts, now: Date): CalendarAttentionItem[] {
  const at = now.getTime();
  return [...facts.feeds.map((feed) => feedItem(feed, at)), ...facts.stays.map(stayItem)].filter((item): item is CalendarAttentionItem => item !== null);
}
