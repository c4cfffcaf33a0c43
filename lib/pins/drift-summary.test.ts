import { describe, expect, it } from "vitest";
import { driftSummary } from "./drift-summary";
import type { Drift } from "./types";

const d = (field: Drift["field"], actual: unknown, wanted: unknown = "x"): Drift => ({ field, wanted, actual });

describe("driftSummary", () => {
  it("is null when nothing differs", () => {
    expect(driftSummary(undefined)).toBeNull();
    expect(driftSummary([])).toBeNull();
  });

  it("reads a cleared time window as one change", () => {
    expect(driftSummary([d("validFrom", null, "2027-01-08T15:00"), d("validUntil", null, "2027-01-10T11:00")])).toBe(
      "On the lock: time window cleared",
    );
  });

  it("shows changed wall times as they come, lock-local, without converting them", () => {
    expect(driftSummary([d("validFrom", "2027-01-09T15:00"), d("validUntil", "2027-01-12T11:00")])).toBe(
      "On the lock: time window changed to 2027-01-09 15:00 → 2027-01-12 11:00",
    );
    expect(driftSummary([d("validUntil", "2027-01-12T11:00")])).toBe("On the lock: end changed to 2027-01-12 11:00");
    expect(driftSummary([d("validFrom", null)])).toBe("On the lock: start cleared");
    expect(driftSummary([d("validFrom", null), d("validUntil", "2027-01-12T11:00")])).toBe(
      "On the lock: time window changed to no start → 2027-01-12 11:00",
    );
  });

  it("names a renamed, disabled or re-enabled PIN", () => {
    expect(driftSummary([d("name", "Cleaner", "Guest")])).toBe("On the lock: name changed to “Cleaner”");
    expect(driftSummary([d("enabled", false, true)])).toBe("On the lock: disabled");
    expect(driftSummary([d("enabled", true, false)])).toBe("On the lock: enabled");
  });

  it("says that the code differs without showing it", () => {
    const text = driftSummary([d("code", "456789", "345678")]);
    expect(text).toBe("On the lock: code changed");
    expect(text).not.toContain("456789");
  });

  it("describes days and daily hours", () => {
    expect(driftSummary([d("weekdays", ["mon", "tue", "wed", "thu", "fri"])])).toBe("On the lock: days changed to Mon–Fri");
    expect(driftSummary([d("weekdays", ["sun", "mon", "tue", "wed", "thu", "fri", "sat"])])).toBe("On the lock: days changed to every day");
    expect(driftSummary([d("weekdays", 3)])).toBe("On the lock: days changed to Sat, Sun");
    expect(driftSummary([d("weekdays", [])])).toBe("On the lock: days cleared");
    expect(driftSummary([d("dailyFrom", null), d("dailyUntil", null)])).toBe("On the lock: daily hours cleared");
    expect(driftSummary([d("dailyFrom", "09:00"), d("dailyUntil", "17:00")])).toBe("On the lock: daily hours changed to 09:00–17:00");
    expect(driftSummary([d("dailyUntil", "17:00")])).toBe("On the lock: daily end changed to 17:00");
  });

  it("lists several changes in a fixed order", () => {
    expect(
      driftSummary([d("validUntil", null), d("enabled", false), d("validFrom", null), d("name", "X")]),
    ).toBe("On the lock: name changed to “X”, disabled, time window cleared");
  });

  it("says a PIN gone from the lock is missing, whatever else is listed", () => {
    expect(driftSummary([d("missing", true), d("name", "X")])).toBe("This PIN is missing from the lock");
  });

  it("still says something when a value has an unexpected shape", () => {
    expect(driftSummary([d("name", 42)])).toBe("On the lock: name changed");
    expect(driftSummary([d("enabled", "no")])).toBe("On the lock: enabled or disabled differently");
    expect(driftSummary([d("weekdays", "mon")])).toBe("On the lock: days changed");
  });
});
