import { describe, expect, it } from "vitest";
import { stayWindow } from "./window";

const DEFAULTS = { checkInTime: "15:00", checkOutTime: "11:00", earlyMinutes: 0, lateMinutes: 0 };

describe("stayWindow", () => {
  it("runs from arrival at check-in to departure at check-out, as wall times", () => {
    expect(stayWindow("2027-01-08", "2027-01-10", DEFAULTS)).toEqual({ validFrom: "2027-01-08T15:00", validUntil: "2027-01-10T11:00" });
  });

  it("opens early and closes late by the property's buffers, across midnight and month ends", () => {
    expect(stayWindow("2027-01-08", "2027-01-10", { ...DEFAULTS, earlyMinutes: 90, lateMinutes: 45 })).toEqual({
      validFrom: "2027-01-08T13:30",
      validUntil: "2027-01-10T11:45",
    });
    expect(stayWindow("2027-03-01", "2027-12-31", { checkInTime: "00:30", checkOutTime: "23:30", earlyMinutes: 60, lateMinutes: 60 })).toEqual({
      validFrom: "2027-02-28T23:30",
      validUntil: "2028-01-01T00:30",
    });
  });

  it("keeps wall times through a DST change: the zone is applied later, per door", () => {
    expect(stayWindow("2027-03-27", "2027-03-29", DEFAULTS)).toEqual({ validFrom: "2027-03-27T15:00", validUntil: "2027-03-29T11:00" });
  });
});
