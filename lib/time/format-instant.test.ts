import { formatInTimeZone } from "date-fns-tz";
import { describe, expect, it } from "vitest";
import { formatLocalInstant, localIsoWeekday, localWallTime } from "./format-instant";

describe("formatLocalInstant", () => {
  it("says the wall time in the lock's zone, day without a leading zero and a 24-hour clock", () => {
    expect(formatLocalInstant("2026-12-03T13:05:00Z", "Europe/Berlin")).toBe("3 Dec 2026, 14:05");
    expect(formatLocalInstant(new Date("2027-01-08T23:30:00Z"), "Australia/Sydney")).toBe("9 Jan 2027, 10:30");
    expect(formatLocalInstant("2026-07-01T00:00:00Z", "UTC")).toBe("1 Jul 2026, 00:00");
  });

  it("follows daylight saving time on both sides of a change", () => {
    expect(formatLocalInstant("2026-03-29T00:59:00Z", "Europe/Berlin")).toBe("29 Mar 2026, 01:59");
    expect(formatLocalInstant("2026-03-29T01:00:00Z", "Europe/Berlin")).toBe("29 Mar 2026, 03:00");
    expect(formatLocalInstant("2026-11-01T06:30:00Z", "America/New_York")).toBe("1 Nov 2026, 01:30");
  });

  it("says the same as the date-fns-tz format it replaced, across a year of instants and zones", () => {
    const zones = ["Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "Pacific/Chatham", "UTC"];
    for (let hour = 0; hour < 366 * 24; hour += 37) {
      const instant = new Date(Date.UTC(2026, 0, 1) + hour * 3_600_000 + 17 * 60_000);
      for (const zone of zones) {
        expect(formatLocalInstant(instant, zone)).toBe(formatInTimeZone(instant, zone, "d MMM yyyy, HH:mm"));
        expect(localWallTime(instant, zone)).toBe(formatInTimeZone(instant, zone, "yyyy-MM-dd'T'HH:mm"));
        expect(localIsoWeekday(instant, zone)).toBe(Number(formatInTimeZone(instant, zone, "i")));
      }
    }
  });

  it("refuses an instant that is not one, as before", () => {
    expect(() => formatLocalInstant("not a date", "UTC")).toThrow(RangeError);
  });
});

describe("formatLocalInstant in German", () => {
  it("writes the day with a dot and German month names, on a 24-hour clock", () => {
    expect(formatLocalInstant("2026-12-05T13:05:00Z", "Europe/Berlin", "de")).toBe("5. Dez. 2026, 14:05");
    expect(formatLocalInstant("2026-03-01T20:30:00Z", "Europe/Berlin", "de")).toBe("1. März 2026, 21:30");
  });
});
