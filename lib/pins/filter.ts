import { localIsoWeekday, localWallTime } from "@/lib/time/format-instant";
import { WEEKDAYS, type Pin } from "./types";

export const PIN_FILTERS = ["all", "active", "upcoming", "expired", "disabled", "problems"] as const;
/** Each filter's button reads the "pins" catalog's `filter.<name>`. */
export type PinFilter = (typeof PIN_FILTERS)[number];

export function isPinFilter(value: unknown): value is PinFilter {
  return typeof value === "string" && (PIN_FILTERS as readonly string[]).includes(value);
}

type Window = Pick<Pin, "enabled" | "validFrom" | "validUntil" | "weekdays" | "status">;

/** The lock's wall clock now, in the PIN fields' own format, so windows compare as strings. */
const localNow = (now: Date, zone: string) => localWallTime(now, zone);

/** Its window has ended on the lock's clock (Nuki keeps such codes until they are deleted). */
export function isExpired(pin: Window, now: Date, zone: string): boolean {
  return pin.validUntil !== null && pin.validUntil <= localNow(now, zone);
}

export function isUpcoming(pin: Window, now: Date, zone: string): boolean {
  return pin.enabled && pin.validFrom !== null && pin.validFrom > localNow(now, zone);
}

/**
 * Enabled, inside its dates and today is one of its days, on the lock's clock. Daily hours are not
 * looked at: a cleaner's 08:00–18:00 code counts as active all of a working day, which is how
 * hosts think of "current" codes.
 */
export function isActiveNow(pin: Window, now: Date, zone: string): boolean {
  if (!pin.enabled || isExpired(pin, now, zone) || isUpcoming(pin, now, zone)) return false;
  const today = WEEKDAYS[localIsoWeekday(now, zone) - 1];
  return today !== undefined && pin.weekdays.includes(today);
}

export function matchesFilter(pin: Window, filter: PinFilter, now: Date, zone: string): boolean {
  switch (filter) {
    case "all":
      return true;
    case "active":
      return isActiveNow(pin, now, zone);
    case "upcoming":
      return isUpcoming(pin, now, zone);
    case "expired":
      return isExpired(pin, now, zone);
    case "disabled":
      return !pin.enabled;
    case "problems":
      return pin.status === "failed" || pin.status === "drifted";
  }
}

export function filterPins<T extends Window>(pins: T[], filter: PinFilter, now: Date, zone: string): T[] {
  return pins.filter((pin) => matchesFilter(pin, filter, now, zone));
}

/** Lower case without accents, so "zoe" finds "Zoë" and "ANNA" finds "Anna". */
export function foldText(text: string): string {
  return text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();
}

/** By name (any part, case and accents ignored) or, for digits only, by any part of the code. */
export function matchesSearch(pin: Pick<Pin, "name" | "code">, query: string): boolean {
  const q = query.trim();
  if (!q) return true;
  if (/^\d+$/.test(q) && pin.code.includes(q)) return true;
  return foldText(pin.name).includes(foldText(q));
}
