import type { TodayStay } from "./types";

type Shown = Pick<TodayStay, "id" | "guestName" | "ready" | "doors">;

/**
 * What a screen reader hears when a stay on Today becomes ready or stops being ready (a code saved,
 * a door changed in the Nuki app, a lock going offline). The first load says nothing.
 */
export function readinessAnnouncements(before: readonly Shown[] | undefined, after: readonly Shown[]): string[] {
  if (!before) return [];
  const previous = new Map(before.map((stay) => [stay.id, stay.ready]));
  return after
    .filter((stay) => previous.has(stay.id) && previous.get(stay.id) !== stay.ready)
    .map((stay) => (stay.ready ? `${stay.guestName}: ready on ${stay.doors.length === 1 ? "the door" : "every door"}.` : `${stay.guestName}: not ready any more.`));
}
