import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/types";
import { dayMonth, weekdayName } from "@/lib/time/names";

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * "Fri 4 Dec 2026, 15:00" (German "Fr., 4. Dez. 2026, 15:00") from a lock-local wall time. The
 * weekday belongs to the calendar date, so no zone is involved; anything not shaped like a wall
 * time is shown as it is, never guessed.
 */
export function formatWallTime(wall: string, locale: Locale = "en"): string {
  const match = WALL.exec(wall);
  if (!match) return wall;
  const [, year, month, day, hour, minute] = match.map(Number) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || date.getUTCDate() !== day || hour > 23 || minute > 59) return wall;
  const weekday = weekdayName(locale, date.getUTCDay());
  const time = `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
  // German puts a comma after the weekday ("Fr., 4. Dez."), English does not ("Fri 4 Dec").
  return `${weekday}${locale === "de" ? "," : ""} ${dayMonth(locale, day, month, year)}, ${time}`;
}

/** "A", "A and B", "A, B and C" ("A, B und C"), with `t` speaking "guestMessages". */
export function joinNames(names: string[], t: Translate): string {
  if (names.length <= 1) return names[0] ?? "";
  return t("words.and", { first: names.slice(0, -1).join(", "), last: names.at(-1)! });
}
