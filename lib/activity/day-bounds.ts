import { wallTimeToInstant } from "@/lib/time/wall-time";

/** The first instant of a lock-local calendar day; where midnight was skipped, the first minute that exists. */
export function startOfLocalDay(date: string, zone: string): Date {
  const result = wallTimeToInstant(`${date}T00:00`, zone);
  if (result.kind === "nonexistent") return startOf(result.nextValid, zone);
  return result.instant;
}

function startOf(wall: string, zone: string): Date {
  const result = wallTimeToInstant(wall, zone);
  return result.kind === "nonexistent" ? new Date(NaN) : result.instant;
}

/** The day after `date` (`YYYY-MM-DD`), so a "to" day is included up to its last second. */
export function nextDay(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export const LOCAL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function isLocalDate(value: string): boolean {
  return LOCAL_DATE.test(value) && new Date(`${value}T12:00:00Z`).toISOString().startsWith(value);
}

/**
 * The days whose bounds are worked out in a lock's zone. Nuki has no log entry from before 1970, and
 * the zone maths fails at the ends of the calendar (year 0000; the day after 9999-12-31), so a day
 * outside is moved to the nearest inside: the entries it selects stay exactly the same.
 */
export const FIRST_BOUNDED_DAY = "1970-01-01";
export const LAST_BOUNDED_DAY = "9999-12-30";

export function clampDay(date: string): string {
  return date < FIRST_BOUNDED_DAY ? FIRST_BOUNDED_DAY : date > LAST_BOUNDED_DAY ? LAST_BOUNDED_DAY : date;
}
