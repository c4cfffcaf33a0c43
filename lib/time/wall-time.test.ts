import { formatInTimeZone } from "date-fns-tz";
import { describe, expect, it } from "vitest";
import { instantToWallTime, isWallTime, wallTimeToInstant } from "./wall-time";

/** [zone, wall time, expected UTC] for ordinary times, summer and winter. */
const ORDINARY: [string, string, string][] = [
  ["Europe/Berlin", "2026-12-01T15:00", "2026-12-01T14:00:00.000Z"],
  ["Europe/Berlin", "2026-07-01T15:00", "2026-07-01T13:00:00.000Z"],
  ["Europe/London", "2026-12-01T15:00", "2026-12-01T15:00:00.000Z"],
  ["Europe/London", "2026-07-01T15:00", "2026-07-01T14:00:00.000Z"],
  ["America/New_York", "2026-12-01T15:00", "2026-12-01T20:00:00.000Z"],
  ["America/New_York", "2026-07-01T15:00", "2026-07-01T19:00:00.000Z"],
  ["America/St_Johns", "2026-12-01T15:00", "2026-12-01T18:30:00.000Z"],
  ["America/St_Johns", "2026-07-01T15:00", "2026-07-01T17:30:00.000Z"],
  ["Asia/Kathmandu", "2026-12-01T15:00", "2026-12-01T09:15:00.000Z"],
  ["Asia/Kathmandu", "2026-07-01T00:10", "2026-06-30T18:25:00.000Z"],
  ["Australia/Sydney", "2026-12-01T15:00", "2026-12-01T04:00:00.000Z"],
  ["Australia/Sydney", "2026-07-01T15:00", "2026-07-01T05:00:00.000Z"],
  ["Pacific/Auckland", "2026-12-01T15:00", "2026-12-01T02:00:00.000Z"],
  ["Pacific/Auckland", "2026-07-01T15:00", "2026-07-01T03:00:00.000Z"],
  ["UTC", "2026-02-28T23:59", "2026-02-28T23:59:00.000Z"],
];

/** [zone, a time inside the spring-forward gap, the first valid time after it]. */
const GAPS: [string, string, string][] = [
  ["Europe/Berlin", "2026-03-29T02:30", "2026-03-29T03:00"],
  ["Europe/London", "2026-03-29T01:15", "2026-03-29T02:00"],
  ["America/New_York", "2026-03-08T02:00", "2026-03-08T03:00"],
  ["America/St_Johns", "2026-03-08T02:59", "2026-03-08T03:00"],
  ["Australia/Sydney", "2026-10-04T02:30", "2026-10-04T03:00"],
  ["Pacific/Auckland", "2026-09-27T02:01", "2026-09-27T03:00"],
];

/** [zone, a time that occurs twice on the fall-back day, earlier UTC, later UTC]. */
const OVERLAPS: [string, string, string, string][] = [
  ["Europe/Berlin", "2026-10-25T02:30", "2026-10-25T00:30:00.000Z", "2026-10-25T01:30:00.000Z"],
  ["Europe/London", "2026-10-25T01:30", "2026-10-25T00:30:00.000Z", "2026-10-25T01:30:00.000Z"],
  ["America/New_York", "2026-11-01T01:30", "2026-11-01T05:30:00.000Z", "2026-11-01T06:30:00.000Z"],
  ["America/St_Johns", "2026-11-01T01:30", "2026-11-01T04:00:00.000Z", "2026-11-01T05:00:00.000Z"],
  ["Australia/Sydney", "2026-04-05T02:30", "2026-04-04T15:30:00.000Z", "2026-04-04T16:30:00.000Z"],
  ["Pacific/Auckland", "2026-04-05T02:30", "2026-04-04T13:30:00.000Z", "2026-04-04T14:30:00.000Z"],
];

describe("wallTimeToInstant", () => {
  it.each(ORDINARY)("%s %s is %s", (zone, wall, utc) => {
    const result = wallTimeToInstant(wall, zone);
    expect(result.kind).toBe("ok");
    expect(result.kind !== "nonexistent" && result.instant.toISOString()).toBe(utc);
  });

  it.each(GAPS)("%s %s does not exist; next valid %s", (zone, wall, next) => {
    expect(wallTimeToInstant(wall, zone)).toEqual({ kind: "nonexistent", nextValid: next });
  });

  it.each(OVERLAPS)("%s %s happens twice: %s first, then %s", (zone, wall, earlier, later) => {
    const result = wallTimeToInstant(wall, zone);
    expect(result.kind).toBe("ambiguous");
    if (result.kind !== "ambiguous") return;
    expect(result.instant.toISOString()).toBe(earlier);
    expect(result.later.toISOString()).toBe(later);
  });

  it("treats the minutes just outside a transition as ordinary", () => {
    expect(wallTimeToInstant("2026-03-29T01:59", "Europe/Berlin")).toEqual({ kind: "ok", instant: new Date("2026-03-29T00:59:00.000Z") });
    expect(wallTimeToInstant("2026-03-29T03:00", "Europe/Berlin")).toEqual({ kind: "ok", instant: new Date("2026-03-29T01:00:00.000Z") });
    expect(wallTimeToInstant("2026-10-25T03:00", "Europe/Berlin")).toEqual({ kind: "ok", instant: new Date("2026-10-25T02:00:00.000Z") });
  });

  it("refuses something that is not a wall time", () => {
    expect(() => wallTimeToInstant("2026-02-30T10:00", "Europe/Berlin")).toThrow(RangeError);
  });
});

describe("instantToWallTime", () => {
  it.each(ORDINARY)("%s shows %s for %s", (zone, wall, utc) => {
    expect(instantToWallTime(utc, zone)).toBe(wall);
  });

  it.each(OVERLAPS)("%s shows both instants of the doubled hour as %s", (zone, wall, earlier, later) => {
    expect(instantToWallTime(earlier, zone)).toBe(wall);
    expect(instantToWallTime(later, zone)).toBe(wall);
  });

  it("agrees with date-fns-tz every 97 minutes over two years (every minute of the hour comes round) in zones with odd offsets and shifts", { timeout: 30_000 }, () => {
    const zones = ["Europe/Berlin", "Australia/Lord_Howe", "Asia/Kathmandu", "America/St_Johns", "Pacific/Chatham", "UTC"];
    const start = Date.parse("2026-01-01T00:00:00Z");
    for (const zone of zones) {
      for (let t = start; t < start + 2 * 365 * 86_400_000; t += 97 * 60_000) {
        const expected = formatInTimeZone(t, zone, "yyyy-MM-dd'T'HH:mm");
        if (instantToWallTime(new Date(t), zone) !== expected) expect(`${zone} ${new Date(t).toISOString()}: ${instantToWallTime(new Date(t), zone)}`).toBe(expected);
      }
    }
  });

  it("refuses an instant that is not one, and a zone Intl does not know", () => {
    expect(() => instantToWallTime("not a date", "Europe/Berlin")).toThrow(RangeError);
    expect(() => instantToWallTime("2026-12-01T14:00:00Z", "Mars/Olympus")).toThrow(RangeError);
  });
});

describe("isWallTime", () => {
  it.each([
    ["2026-12-01T15:00", true],
    ["2028-02-29T00:00", true],
    ["2026-02-29T00:00", false],
    ["2026-12-01 15:00", false],
    ["2026-12-01T24:00", false],
    ["2026-13-01T10:00", false],
    ["2026-12-01T15:00Z", false],
  ])("%s → %s", (value, ok) => {
    expect(isWallTime(value)).toBe(ok);
  });
});
