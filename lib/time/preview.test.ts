import { describe, expect, it } from "vitest";
import { translateIn } from "@/lib/i18n/translate";
import { gapText, instantText, previewWallTime, wallTimeText } from "./preview";

const en = translateIn("en", "time");
const de = translateIn("de", "time");

describe("previewWallTime", () => {
  it("says the instant in the viewer's zone and in UTC, on a 24-hour clock", () => {
    expect(previewWallTime("2027-01-08T15:00", "Australia/Sydney", "Europe/Berlin", en, "en")).toEqual({
      kind: "ok",
      viewer: "Fri 8 Jan 2027, 05:00 your time (Europe/Berlin)",
      utc: "Fri 8 Jan 2027, 04:00 UTC",
      note: undefined,
    });
  });

  it("speaks German", () => {
    expect(previewWallTime("2027-01-08T15:00", "Australia/Sydney", "Europe/Berlin", de, "de")).toEqual({
      kind: "ok",
      viewer: "Fr. 8. Jan. 2027, 05:00 bei Ihnen (Europe/Berlin)",
      utc: "Fr. 8. Jan. 2027, 04:00 UTC",
      note: undefined,
    });
  });

  it("leaves out the viewer's zone when it is the lock's", () => {
    expect(previewWallTime("2027-01-08T15:00", "Europe/Berlin", "Europe/Berlin", en, "en")).toMatchObject({ viewer: null, utc: "Fri 8 Jan 2027, 14:00 UTC" });
  });

  it("says when the clocks skip a time, and which time comes next", () => {
    expect(previewWallTime("2027-03-28T02:30", "Europe/Berlin", "Europe/Berlin", en, "en")).toEqual({
      kind: "nonexistent",
      nextValid: "2027-03-28T03:00",
      message: "2027-03-28 02:30 does not exist in Europe/Berlin: the clocks jump forward. The next valid time is 2027-03-28 03:00.",
    });
    expect(previewWallTime("2027-03-28T02:30", "Europe/Berlin", "Europe/Berlin", de, "de")).toMatchObject({
      message: "28. März 2027, 02:30 gibt es in Europe/Berlin nicht: Die Uhren springen vor. Die nächste gültige Zeit ist 28. März 2027, 03:00.",
    });
  });

  it("says when a time happens twice", () => {
    expect(previewWallTime("2027-10-31T02:30", "Europe/Berlin", "Europe/Berlin", en, "en")).toMatchObject({
      note: "This time occurs twice in Europe/Berlin (the clocks go back). Keyhost uses the first one, 02:30 +02:00.",
    });
  });

  it("shows nothing for what is no wall time yet, half typed or out of range", () => {
    for (const wall of ["", "2027-01-08T", "T15:00", "2027-01-08T25:00", "2027-02-30T10:00", "2027-01-08T9:30"]) expect(previewWallTime(wall, "Europe/Berlin", "UTC", en, "en")).toBeNull();
  });
});

describe("the words of a time", () => {
  it("reads a wall time as before in English and with German dates in German", () => {
    expect(wallTimeText("2027-12-05T14:05", "en")).toBe("2027-12-05 14:05");
    expect(wallTimeText("2027-12-05T14:05", "de")).toBe("5. Dez. 2027, 14:05");
    expect(instantText(new Date("2027-12-05T13:05:00Z"), "Europe/Berlin", "de")).toBe("So. 5. Dez. 2027, 14:05");
  });

  it("says the form's error for a skipped time, naming the time to use", () => {
    expect(gapText("2027-03-28T02:30", "Europe/Berlin", en, "en")).toBe("2027-03-28 02:30 does not exist in Europe/Berlin: the clocks jump forward. Use 2027-03-28 03:00 instead.");
    expect(gapText("2027-03-28T02:30", "Europe/Berlin", de, "de")).toBe("28. März 2027, 02:30 gibt es in Europe/Berlin nicht: Die Uhren springen vor. Nehmen Sie stattdessen 28. März 2027, 03:00.");
    expect(gapText("2027-03-28T03:30", "Europe/Berlin", en, "en")).toBeNull();
  });
});
