import { describe, expect, it } from "vitest";
import { MAX_BUFFER_MINUTES } from "@/lib/properties/schema";
import { combineUsage, isCurrent, mayBeCurrent, stayInstants, stayUsage } from "./usage";
import { stayWindow } from "./window";

const none = { firstUsedAt: null, lastUsedAt: null, uses: 0, complete: true };
const MIN = 60_000;

describe("stayInstants", () => {
  it("reads each door's wall times in its own zone and spans them all", () => {
    const doors = [
      { validFrom: "2027-01-08T15:00", validUntil: "2027-01-10T11:00", zone: "Europe/Berlin" },
      { validFrom: "2027-01-08T15:00", validUntil: "2027-01-10T11:00", zone: "Europe/London" },
    ];
    expect(stayInstants(doors)).toEqual({ from: Date.parse("2027-01-08T14:00:00Z"), until: Date.parse("2027-01-10T11:00:00Z") });
    expect(stayInstants([{ validFrom: null, validUntil: null, zone: "UTC" }])).toEqual({ from: null, until: null });
  });
});

describe("combineUsage", () => {
  it("takes the earliest first use and latest last use over the doors, adds the entries, complete only if all are", () => {
    const front = { firstUsedAt: "2027-01-08T15:10:00.000Z", lastUsedAt: "2027-01-09T09:00:00.000Z", uses: 3, complete: true };
    const building = { firstUsedAt: "2027-01-08T15:05:00.000Z", lastUsedAt: "2027-01-08T15:05:00.000Z", uses: 1, complete: false };
    expect(combineUsage([front, building, none])).toEqual({ firstUsedAt: building.firstUsedAt, lastUsedAt: front.lastUsedAt, uses: 4, complete: false });
    expect(combineUsage([])).toEqual(none);
  });
});

describe("stayUsage", () => {
  const checkIn = Date.parse("2027-01-08T14:00:00Z");
  it("flags a stay with no entry once check-in plus the delay has passed, and not before", () => {
    expect(stayUsage(none, checkIn, checkIn + 119 * MIN, 120, "Europe/Berlin")).toMatchObject({ noShow: false, checkInAt: "2027-01-08T14:00:00.000Z", zone: "Europe/Berlin" });
    expect(stayUsage(none, checkIn, checkIn + 120 * MIN, 120).noShow).toBe(true);
  });
  it("never flags a stay whose code opened a door, or one without a window", () => {
    const used = { firstUsedAt: "2027-01-08T20:00:00.000Z", lastUsedAt: "2027-01-08T20:00:00.000Z", uses: 1, complete: true };
    expect(stayUsage(used, checkIn, checkIn + 600 * MIN, 120).noShow).toBe(false);
    expect(stayUsage(none, null, checkIn + 600 * MIN, 120)).toMatchObject({ noShow: false, checkInAt: null });
  });
});

describe("isCurrent", () => {
  const window = { from: 1_000, until: 5_000 };
  it("is true from the window's start to its end only", () => {
    expect([999, 1_000, 5_000, 5_001].map((now) => isCurrent(window, now))).toEqual([false, true, true, false]);
    expect(isCurrent({ from: null, until: null }, 3_000)).toBe(false);
    expect(isCurrent({ from: 1_000, until: null }, 9_000)).toBe(true);
  });
});

describe("mayBeCurrent", () => {
  const stay = { arrival: "2027-01-08", departure: "2027-01-10" };

  it("covers the earliest and latest window any property times, buffers and zone can give", () => {
    const earliest = stayWindow(stay.arrival, stay.departure, { checkInTime: "00:00", checkOutTime: "23:59", earlyMinutes: MAX_BUFFER_MINUTES, lateMinutes: MAX_BUFFER_MINUTES });
    // Kiritimati is 14 hours ahead of UTC, Etc/GMT+12 twelve behind: the extremes of the zone database.
    const { from } = stayInstants([{ ...earliest, zone: "Pacific/Kiritimati" }]);
    const { until } = stayInstants([{ ...earliest, zone: "Etc/GMT+12" }]);
    expect(from).toBe(Date.parse("2027-01-06T22:00:00Z"));
    expect(until).toBe(Date.parse("2027-01-11T23:59:00Z"));
    for (const now of [from!, until!]) expect(mayBeCurrent(stay, now)).toBe(true);
  });

  it("rules out a stay whose window cannot have begun yet or must have ended", () => {
    expect(mayBeCurrent(stay, Date.parse("2027-01-06T21:59:59Z"))).toBe(false);
    expect(mayBeCurrent(stay, Date.parse("2027-01-12T00:00:01Z"))).toBe(false);
    expect(mayBeCurrent(stay, Date.parse("2027-01-09T12:00:00Z"))).toBe(true);
  });
});
