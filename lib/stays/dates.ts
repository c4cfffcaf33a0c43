import { nightsBetween } from "./nights";

/** The longest stay Keyhost takes, in nights. */
export const MAX_NIGHTS = 365;

/** A real calendar date `YYYY-MM-DD` (2027-02-30 is refused, not rolled over). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Departure after arrival, and not absurdly far: checked on the whole stay, also after a PATCH merge. */
export function validateStayDates(arrival: string, departure: string): { field: "departure"; message: string } | null {
  if (!isCalendarDate(arrival) || !isCalendarDate(departure)) return null;
  const nights = nightsBetween(arrival, departure);
  if (nights < 1) return { field: "departure", message: "validation.departureAfter" };
  if (nights > MAX_NIGHTS) return { field: "departure", message: "validation.stayMaxNights" };
  return null;
}
