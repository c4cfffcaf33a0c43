import { describe, expect, it } from "vitest";
import { translateIn } from "@/lib/i18n/translate";
import { changeDetail, describeChanges, yearOnLock } from "./change-words";

const t = translateIn("en", "pins");

const pin = {
  name: "Weekend guest D",
  code: "385961",
  enabled: true,
  validFrom: "2026-12-10T15:00",
  validUntil: "2026-12-12T11:00",
  weekdays: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[],
  dailyFrom: null,
  dailyUntil: null,
};

describe("describeChanges", () => {
  it("says each changed field with its old and new value, in the lock's wall time", () => {
    expect(describeChanges(pin, { ...pin, validUntil: "2026-12-14T11:00" }, 2026, t, "en")).toEqual(["Valid until 12 Dec 11:00 → 14 Dec 11:00"]);
    expect(describeChanges(pin, { ...pin, name: "Weekend guest E", enabled: false }, 2026, t, "en")).toEqual(["Name “Weekend guest D” → “Weekend guest E”", "Disabled"]);
  });

  it("names the year only when it is not the lock's current one, and says when a side is open", () => {
    expect(describeChanges(pin, { ...pin, validUntil: "2027-01-02T11:00" }, 2026, t, "en")).toEqual(["Valid until 12 Dec 11:00 → 2 Jan 2027 11:00"]);
    expect(describeChanges(pin, { ...pin, validFrom: null }, 2026, t, "en")).toEqual(["Valid from 10 Dec 15:00 → no start"]);
  });

  it("never spells out the code", () => {
    const words = describeChanges(pin, { ...pin, code: "777888" }, 2026, t, "en").join(" ");
    expect(words).toBe("Code changed");
    expect(words).not.toContain("777888");
  });

  it("reads days and daily hours as the host set them", () => {
    expect(describeChanges(pin, { ...pin, weekdays: ["sat", "sun"], dailyFrom: "08:00", dailyUntil: "18:00" }, 2026, t, "en")).toEqual([
      "Days every day → Sat, Sun",
      "Daily hours all day → 08:00–18:00",
    ]);
  });
});

describe("changeDetail", () => {
  it("speaks German, with German dates and day names", () => {
    const de = translateIn("de", "pins");
    expect(changeDetail(pin, { ...pin, validUntil: "2027-01-02T11:00", weekdays: ["mon", "tue", "wed", "thu", "fri"] }, 2026, de, "de")).toBe(
      "Gültig bis 12. Dez. 11:00 → 2. Jan. 2027 11:00; Tage jeden Tag → Mo.–Fr.",
    );
    expect(changeDetail(pin, { ...pin }, 2026, de, "de")).toBe("Unverändert erneut gesendet; nichts war anders.");
  });

  it("joins the changes into one sentence, or says nothing differed", () => {
    expect(changeDetail(pin, { ...pin, validUntil: "2026-12-14T11:00", enabled: false }, 2026, t, "en")).toBe("Disabled; Valid until 12 Dec 11:00 → 14 Dec 11:00.");
    expect(changeDetail(pin, { ...pin }, 2026, t, "en")).toBe("Sent again as it was; nothing differed.");
  });
});

describe("yearOnLock", () => {
  it("is the year on the lock's clock, not the browser's", () => {
    const newYearInSydney = new Date("2026-12-31T14:00:00Z");
    expect(yearOnLock("Australia/Sydney", newYearInSydney)).toBe(2027);
    expect(yearOnLock("Europe/Berlin", newYearInSydney)).toBe(2026);
  });
});
