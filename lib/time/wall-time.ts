import { formatInTimeZone, fromZonedTime } from "date-fns-tz";

/**
 * A lock-local date and time as the pickers hold it: `YYYY-MM-DDTHH:mm`, no zone. A plain string
 * alias rather than a branded type, so `Pin` fields and form values need no casts; `isWallTime`
 * is the check that matters and every function here runs it.
 */
export type WallTime = string;

export type WallTimeResult =
  | { kind: "ok"; instant: Date }
  /** The clocks went back: the time happened twice. `instant` is the earlier one. */
  | { kind: "ambiguous"; instant: Date; later: Date }
  /** The clocks jumped forward over this time; `nextValid` is where they landed. */
  | { kind: "nonexistent"; nextValid: WallTime };

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A real calendar minute: `2026-02-30T10:00` and `…T24:00` are refused, not rolled over. */
export function isWallTime(value: unknown): value is WallTime {
  if (typeof value !== "string") return false;
  const m = WALL_TIME.exec(value);
  if (!m) return false;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo) && h < 24 && mi < 60;
}

/** Throws RangeError for a zone Intl does not know, instead of silently computing in UTC. */
function assertZone(zone: string): void {
  new Intl.DateTimeFormat("en", { timeZone: zone });
}

const wallFormatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone, kept: building one costs far more than using it, and 50,000 codes are read per listing. */
function wallFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = wallFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    wallFormatters.set(zone, formatter);
  }
  return formatter;
}

export function instantToWallTime(instant: Date | string, zone: string): WallTime {
  const date = typeof instant === "string" ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) throw new RangeError("Invalid time value");
  const part: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const { type, value } of wallFormatter(zone).formatToParts(date)) part[type] = value;
  return `${part.year!.padStart(4, "0")}-${part.month}-${part.day}T${part.hour}:${part.minute}`;
}

export function formatInstant(instant: Date | string, zone: string, pattern: string): string {
  return formatInTimeZone(instant, zone, pattern);
}

/** Offset of `zone` at `t` in ms east of UTC, read off the formatted local time (not a second library guess). */
function offsetAt(t: number, zone: string): number {
  const local = formatInTimeZone(t, zone, "yyyy-MM-dd'T'HH:mm:ss");
  return Date.parse(`${local}Z`) - Math.floor(t / 1000) * 1000;
}

/**
 * Converts a lock-local wall time to the instant it names. Every offset the zone uses within a
 * few hours of the library's guess is tried, and a candidate counts only if it formats back to
 * the same wall time: none means the clocks skipped it, two mean it happened twice. A single
 * `fromZonedTime` call would quietly pick one answer in both cases.
 */
export function wallTimeToInstant(wall: WallTime, zone: string): WallTimeResult {
  if (!isWallTime(wall)) throw new RangeError(`Not a wall time: ${wall}`);
  assertZone(zone);
  const asUtc = Date.parse(`${wall}:00Z`);
  const guess = fromZonedTime(wall, zone).getTime();
  // Transitions are at least months apart and shift by at most 2 h, so ±3 h brackets any that matters.
  const offsets = [...new Set([-3, -2, -1, 0, 1, 2, 3].map((h) => offsetAt(guess + h * HOUR, zone)))];
  const candidates = offsets
    .map((offset) => asUtc - offset)
    .filter((t) => instantToWallTime(new Date(t), zone) === wall)
    .sort((a, b) => a - b);
  const [first, second] = candidates;
  if (first === undefined) return { kind: "nonexistent", nextValid: gapEnd(asUtc, offsets, zone) };
  if (second !== undefined && second !== first) return { kind: "ambiguous", instant: new Date(first), later: new Date(second) };
  return { kind: "ok", instant: new Date(first) };
}

/**
 * The first wall time after a gap, i.e. the moment the clocks jumped to. The jump lies between
 * the wall time read with the later (larger) offset and with the earlier one; a binary search
 * over whole minutes finds it in a handful of steps.
 */
function gapEnd(asUtc: number, offsets: number[], zone: string): WallTime {
  let lo = asUtc - Math.max(...offsets);
  let hi = asUtc - Math.min(...offsets);
  const after = offsetAt(hi, zone);
  if (offsetAt(lo, zone) === after) throw new RangeError(`No transition found around ${new Date(asUtc).toISOString()} in ${zone}`);
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
    if (offsetAt(mid, zone) === after) hi = mid;
    else lo = mid;
  }
  return instantToWallTime(new Date(hi), zone);
}
