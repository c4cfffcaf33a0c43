import { describe, expect, it } from "vitest";
import { translateIn } from "@/lib/i18n/translate";
import { driftSummary } from "./drift-summary";
import type { Drift } from "./types";

const t = translateIn("en", "pins");
const summary = (drift: Parameters<typeof driftSummary>[0]) => driftSummary(drift, t, "en");
const d = (field: Drift["field"], actual: unknown, wanted: unknown = "x"): Drift => ({ field, wanted, actual });

describe("driftSummary", () => {
  it("is null when nothing differs", () => {
    expect(summary(undefined)).toBeNull();
    expect(summary([])).toBeNull();
  });

  it("reads a cleared time window as one change", () => {
    expect(summary([d("validFrom", null, "2027-01-08T15:00"), d("validUntil", null, "2027-01-10T11:00")])).toBe(
      "On the lock: time window cleared",
    );
  });

  it("shows changed wall times as they come, lock-local, without converting them", () => {
    expect(summary([d("validFrom", "2027-01-09T15:00"), d("validUntil", "2027-01-12T11:00")])).toBe(
      "On the lock: time window changed to 2027-01-09 15:00 → 2027-01-12 11:00",
    );
    expect(summary([d("validUntil", "2027-01-12T11:00")])).toBe("On the lock: end changed to 2027-01-12 11:00");
    expect(summary([d("validFrom", null)])).toBe("On the lock: start cleared");
    expect(summary([d("validFrom", null), d("validUntil", "2027-01-12T11:00")])).toBe(
      "On the lock: time window changed to no start → 2027-01-12 11:00",
    );
  });

  it("names a renamed, disabled or re-enabled PIN", () => {
    expect(summary([d("name", "Cleaner", "Guest")])).toBe("On the lock: name changed to “Cleaner”");
    expect(summary([d("enabled", false, true)])).toBe("On the lock: disabled");
    expect(summary([d("enabled", true, false)])).toBe("On the lock: enabled");
  });

  it("says that the code differs without showing it", () => {
    const text = summary([d("code", "456789", "345678")]);
    expect(text).toBe("On the lock: code changed");
    expect(text).not.toContain("456789");
  });

  it("describes days and daily hours", () => {
    expect(summary([d("weekdays", ["mon", "tue", "wed", "thu", "fri"])])).toBe("On the lock: days changed to Mon–Fri");
    expect(summary([d("weekdays", ["sun", "mon", "tue", "wed", "thu", "fri", "sat"])])).toBe("On the lock: days changed to every day");
    expect(summary([d("weekdays", 3)])).toBe("On the lock: days changed to Sat, Sun");
    expect(summary([d("weekdays", [])])).toBe("On the lock: days cleared");
    expect(summary([d("dailyFrom", null), d("dailyUntil", null)])).toBe("On the lock: daily hours cleared");
    expect(summary([d("dailyFrom", "09:00"), d("dailyUntil", "17:00")])).toBe("On the lock: daily hours changed to 09:00–17:00");
    expect(summary([d("dailyUntil", "17:00")])).toBe("On the lock: daily end changed to 17:00");
  });

  it("lists several changes in a fixed order", () => {
    expect(
      summary([d("validUntil", null), d("enabled", false), d("validFrom", null), d("name", "X")]),
    ).toBe("On the lock: name changed to “X”, disabled, time window cleared");
  });

  it("says a PIN gone from the lock is missing, whatever else is listed", () => {
    expect(summary([d("missing", true), d("name", "X")])).toBe("This PIN is missing from the lock");
  });

  it("still says something when a value has an unexpected shape", () => {
    expect(summary([d("name", 42)])).toBe("On the lock: name changed");
    expect(summary([d("enabled", "no")])).toBe("On the lock: enabled or disabled differently");
    expect(summary([d("weekdays", "mon")])).toBe("On the lock: days changed");
  });

  it("speaks German", () => {
    const de = translateIn("de", "pins");
    expect(driftSummary([d("validFrom", null), d("validUntil", "2027-01-12T11:00"), d("weekdays", ["sat", "sun"])], de, "de")).toBe(
      "Auf dem Schloss: Zeitfenster geändert auf kein Beginn → 2027-01-12 11:00, Tage geändert auf Sa., So.",
    );
  });
});
