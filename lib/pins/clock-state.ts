import { isActiveNow, isExpired, isUpcoming } from "./filter";
import type { Pin } from "./types";

/** Where a PIN stands on its lock's own clock, whatever the browser's zone. */
export type ClockState = "active" | "upcoming" | "expired" | "disabled" | "not_today";

export const CLOCK_LABELS: Record<ClockState, string> = {
  active: "Active",
  upcoming: "Upcoming",
  expired: "Expired",
  disabled: "Disabled",
  not_today: "Not today",
};

export function clockState(pin: Pick<Pin, "enabled" | "validFrom" | "validUntil" | "weekdays" | "status">, now: Date, zone: string): ClockState {
  if (!pin.enabled) return "disabled";
  if (isExpired(pin, now, zone)) return "expired";
  if (isUpcoming(pin, now, zone)) return "upcoming";
  return isActiveNow(pin, now, zone) ? "active" : "not_today";
}
