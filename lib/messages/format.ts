import { DAY_NAMES, MONTHS } from "@/lib/time/names";

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * "Fri 4 Dec 2026, 15:00" from a lock-local wall time. The weekday belongs to the calendar date,
 * so no zone is involved; anything not shaped like a wall time is shown as it is, never guessed.
 */
export function formatWallTime(wall: string): string {
  const match = WALL.exec(wall);
  if (!match) return wall;
  const [, year, month, day, hour, minute] = match.map(Number) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = DAY_NAMES[date.getUTCDay()];
  const name = MONTHS[month - 1];
  if (!weekday || !name || date.getUTCDate() !== day || hour > 23 || minute > 59) return wall;
  return `${weekday} ${day} ${name} ${year}, ${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
