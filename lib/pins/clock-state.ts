import { isActiveNow, isExpired, isUpcoming } from "./filter";
import type { Pin } from "./types";

/** Where a PIN stands on its lock's own clock, whatever the browser's zone. */
export type ClockState = "active" | "upcoming" | "expired" | "disabled" | "not_today";

/** The badge's words for each state, as keys of the "pins" catalog. */
export const CLOCK_LABEL_KEYS = {
  active: "clock.active",
  upcoming: "clock.upcoming",
  expired: "clock.expired",
  disabled: "clock.disabled",
  not_today: "clock.notToday",
} as const satisfies Record<ClockState, string>;

export function clockState(pin: Pick<Pin, "enabled" | "validFrom" | "validUntil" | "weekdays" | "status">, now: Date, zone: string): ClockState {
  if (!pin.enabled) return "disabled";
  if (isExpired(pin, now, zone)) return "expired";
  if (isUpcoming(pin, now, zone)) return "upcoming";
  return isActiveNow(pin, now, zone) ? "active" : "not_today";
}
