import type { Locale } from "@/lib/i18n/config";
import { DAY_NAMES, dayMonth } from "./names";

/** One formatter per zone: building one is the costly part, and a list formats many instants in one zone. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit", weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/**
 * "3 Dec 2026, 14:05" (German "3. Dez. 2026, 14:05") in the given zone, always on a 24-hour clock; the zone name is left to the caller to show once.
 * Intl rather than date-fns-tz: this runs on most pages (lock cards, PIN rows, Today), and
 * date-fns-tz would add about 8 kB gzip to each page's first load for one format.
 */
export function formatLocalInstant(instant: string | Date, zone: string, locale: Locale = "en"): string {
  const parts = wallParts(instant, zone);
  return `${dayMonth(locale, Number(parts.day), Number(parts.month), Number(parts.year))}, ${parts.hour}:${parts.minute}`;
}

/** The lock's wall clock at `instant` as `yyyy-MM-ddTHH:mm`, the format of a PIN's window fields. */
export function localWallTime(instant: string | Date, zone: string): string {
  const parts = wallParts(instant, zone);
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The ISO weekday (1 Monday … 7 Sunday) on the lock's clock at `instant`. */
export function localIsoWeekday(instant: string | Date, zone: string): number {
  const sundayFirst = DAY_NAMES.indexOf(wallParts(instant, zone).weekday as (typeof DAY_NAMES)[number]);
  return sundayFirst < 0 ? 0 : ((sundayFirst + 6) % 7) + 1;
}

function wallParts(instant: string | Date, zone: string): Record<string, string> {
  const date = typeof instant === "string" ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) throw new RangeError("Invalid time value");
  const parts: Record<string, string> = {};
  for (const part of formatterFor(zone).formatToParts(date)) parts[part.type] = part.value;
  return parts;
}
