import type { PinState } from "@/lib/pins/schema";
import type { Pin } from "@/lib/pins/types";

/**
 * The PINs the PIN tests start from, so each test spells out only what it changes. The code is one
 * the rules accept (no run, no repeat), so a fixture never fails validation by accident.
 */

/** A guest's PIN open every day at any time: no window at all. */
export const OPEN_GUEST_PIN: PinState = {
  name: "Guest",
  code: "354879",
  enabled: true,
  validFrom: null,
  validUntil: null,
  weekdays: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
  dailyFrom: null,
  dailyUntil: null,
};

/** Anna's stay: a window in lock-local wall time, from arrival at 15:00 to departure at 11:00. */
export const ANNA_STAY_PIN: PinState = {
  ...OPEN_GUEST_PIN,
  name: "Anna",
  validFrom: "2026-12-04T15:00",
  validUntil: "2026-12-06T11:00",
};

/** `state` as the API lists it once Keyhost has saved it to the lock and it was never used. */
export function savedPin(id: string, state: PinState): Pin {
  return { id, ...state, lastUsedAt: null, status: "saved", managed: true };
}
