import type { FeedLabel } from "./types";

export interface DemoFeedLink {
  label: FeedLabel;
  url: string;
}

/** The demo's own booking calendars (served under /sim/calendars in demo mode), one click to add. */
export function demoFeedLinks(appUrl: string): DemoFeedLink[] {
  return [
    { label: "Airbnb", url: `${appUrl}/sim/calendars/airbnb.ics` },
    { label: "Booking.com", url: `${appUrl}/sim/calendars/booking.ics` },
  ];
}

export interface DemoDoorCandidate {
  lockId: number;
  name: string;
  zone: string;
  keypadPaired: boolean;
}

/** The demo property's doors: the keypads of the zone with most of them (the Berlin flat and its building door), at most two. */
export function demoDoors(locks: readonly DemoDoorCandidate[]): number[] {
  const keypads = locks.filter((lock) => lock.keypadPaired).sort((a, b) => a.name.localeCompare(b.name));
  const perZone = new Map<string, DemoDoorCandidate[]>();
  for (const lock of keypads) perZone.set(lock.zone, [...(perZone.get(lock.zone) ?? []), lock]);
  const best = [...perZone.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  return best.slice(0, 2).map((lock) => lock.lockId);
}
