import type { Translate } from "@/lib/i18n/types";
import type { TodayStay } from "./types";

type Shown = Pick<TodayStay, "id" | "guestName" | "ready" | "doors">;

/**
 * What a screen reader hears when a stay on Today becomes ready or stops being ready (a code saved,
 * a door changed in the Nuki app, a lock going offline). The first load says nothing. `t`: `today`'s.
 */
export function readinessAnnouncements(before: readonly Shown[] | undefined, after: readonly Shown[], t: Translate): string[] {
  if (!before) return [];
  const previous = new Map(before.map((stay) => [stay.id, stay.ready]));
  return after
    .filter((stay) => previous.has(stay.id) && previous.get(stay.id) !== stay.ready)
    .map((stay) => (stay.ready ? t("announce.ready", { guest: stay.guestName, doors: stay.doors.length }) : t("announce.notReady", { guest: stay.guestName })));
}
