import { formatInTimeZone, fromZonedTime } from "date-fns-tz";

/** A lock-local date and time as the pickers hold it: `YYYY-MM-DDTHH:mm`, no zone. */
export type WallTime = string;

export type WallTimeResult =
  | { kind: "ok"; instant: Date }
  /** The clocks went back: the time happened twice. `instant` is the earlier one. */
  | { kind: "ambiguous"; instant: Date; later: Date }
  /** The clocks jumped forward over this time. */
  | { kind: "nonexistent"; nextValid: WallTime };

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const HOUR = 3_600_000;

export function isWallTime(value: string): boolean {
  const m = WALL_TIME.exec(value);
  if (!m) return false;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && h < 24 && mi < 60;
}

export function instantToWallTime(instant: Date | string, zone: string): WallTime {
  return formatInTimeZone(instant, zone, "yyyy-MM-dd'T'HH:mm");
}

/** Offset of `zone` at `instant`, in milliseconds east of UTC. */
function offsetAt(instant: number, zone: string): number {
  const wall = formatInTimeZone(instant, zone, "yyyy-MM-dd'T'HH:mm:ss");
  return Date.parse(`${wall}Z`) - Math.floor(instant / 1000) * 1000;
}

/**
 * Converts a lock-local wall time to the instant it names. Candidates come from the zone's
 * offsets in the hours around a first guess; a candidate counts only if it reads back as the same wall time, which
 * is what separates a gap (no candidate) from an overlap (two).
 */
export function wallTimeToInstant(wall: WallTime, zone: string): WallTimeResult {
  if (!isWallTime(wall)) throw new RangeError(`Not a wall time: ${wall}`);
  const asUtc = Date.parse(`${wall}:00Z`);
  const guess = asUtc - offsetAt(asUtc, zone);
  const offsets = new Set([-6, -3, -1.5, 0, 1.5, 3, 6].map((h) => offsetAt(guess + h * HOUR, zone)));
  const candidates = [...new Set([...offsets].map((o) => asUtc - o))]
    .filter((t) => instantToWallTime(new Date(t), zone) === wall)
    .sort((a, b) => a - b);
  const [first, second] = candidates;
  if (first === undefined) return { kind: "nonexistent", nextValid: nextValidWallTime(wall, zone) };
  if (second !== undefined) return { kind: "ambiguous", instant: new Date(first), later: new Date(second) };
  return { kind: "ok", instant: new Date(first) };
}

/** The first wall time after a gap: the moment the clocks jumped to. */
function nextValidWallTime(wall: WallTime, zone: string): WallTime {
  const approx = fromZonedTime(wall, zone).getTime();
  for (let t = approx - 3 * HOUR; t <= approx + 3 * HOUR; t += 60_000) {
    const local = instantToWallTime(new Date(t), zone);
    if (local > wall) return local;
  }
  return instantToWallTime(new Date(approx), zone);
}

export function formatInstant(instant: Date | string, zone: string, pattern: string): string {
  return formatInTimeZone(instant, zone, pattern);
}
