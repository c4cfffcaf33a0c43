import type { Feed } from "./types";

function ago(fromIso: string, now: number): string {
  const minutes = Math.round((now - Date.parse(fromIso)) / 60_000);
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.round(hours / 24)} days ago`;
}

function until(toIso: string, now: number): string {
  const minutes = Math.round((Date.parse(toIso) - now) / 60_000);
  return minutes <= 0 ? "any moment" : minutes < 60 ? `in ${minutes} min` : `in ${Math.round(minutes / 60)} h`;
}

export interface FeedHealth {
  tone: "good" | "warn" | "bad";
  /** "Read 3 min ago · 2 bookings · next sync in 12 min". */
  summary: string;
  /** What went wrong and what to do, or null. */
  problem: string | null;
}

/** A feed's health as the host reads it on the property page. */
export function feedHealth(feed: Feed, now: number): FeedHealth {
  const read = feed.lastSuccessAt ? `Read ${ago(feed.lastSuccessAt, now)}` : "Not read yet";
  const bookings = `${feed.bookingsSeen} booking${feed.bookingsSeen === 1 ? "" : "s"}`;
  const summary = `${read} · ${bookings} · next sync ${until(feed.nextSyncAt, now)}`;
  if (feed.waitingForConfirmation) {
    return { tone: "warn", summary, problem: "The calendar suddenly lists no bookings. Keyhost cancels nothing until you confirm that this is right." };
  }
  if (feed.lastError) return { tone: "bad", summary, problem: feed.lastError };
  return { tone: "good", summary, problem: null };
}
