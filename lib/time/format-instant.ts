import { formatInTimeZone } from "date-fns-tz";

/** "3 Dec 2026, 14:05" in the given zone; the zone name is left to the caller to show once. */
export function formatLocalInstant(instant: string | Date, zone: string): string {
  return formatInTimeZone(instant, zone, "d MMM yyyy, HH:mm");
}
