import { describe, expect, it } from "vitest";
import { joinWallTime, normaliseTimeOfDay, splitWallTime, TIME_OF_DAY_PATTERN } from "./typed-time";

describe("normaliseTimeOfDay", () => {
  it("keeps a time already written as HH:mm", () => {
    for (const time of ["00:00", "09:30", "15:00", "23:59"]) expect(normaliseTimeOfDay(time)).toBe(time);
  });

  it("reads the short ways of typing a time on a 24-hour clock", () => {
    expect(normaliseTimeOfDay("930")).toBe("09:30");
    expect(normaliseTimeOfDay("9:30")).toBe("09:30");
    expect(normaliseTimeOfDay("9.30")).toBe("09:30");
    expect(normaliseTimeOfDay("9h30")).toBe("09:30");
    expect(normaliseTimeOfDay("0930")).toBe("09:30");
    expect(normaliseTimeOfDay("1530")).toBe("15:30");
    expect(normaliseTimeOfDay("123")).toBe("01:23");
    expect(normaliseTimeOfDay("9")).toBe("09:00");
    expect(normaliseTimeOfDay("15")).toBe("15:00");
    expect(normaliseTimeOfDay("0")).toBe("00:00");
    expect(normaliseTimeOfDay(" 18:00 ")).toBe("18:00");
  });

  it("turns a 12-hour time into the 24-hour one", () => {
    expect(normaliseTimeOfDay("3pm")).toBe("15:00");
    expect(normaliseTimeOfDay("3:30 PM")).toBe("15:30");
    expect(normaliseTimeOfDay("12 am")).toBe("00:00");
    expect(normaliseTimeOfDay("12:15 p.m.")).toBe("12:15");
    expect(normaliseTimeOfDay("11am")).toBe("11:00");
    expect(normaliseTimeOfDay("13pm")).toBeNull();
    expect(normaliseTimeOfDay("0am")).toBeNull();
  });

  it("leaves an empty field empty", () => {
    expect(normaliseTimeOfDay("")).toBe("");
    expect(normaliseTimeOfDay("   ")).toBe("");
  });

  it("refuses what is no minute of a day", () => {
    for (const typed of ["24:00", "2400", "9:75", "975", "25", "noon", "12345", "9:3", "9:300", "-1", "1:2:3", "ab:cd"]) expect(normaliseTimeOfDay(typed), typed).toBeNull();
  });

  it("answers only what the field's pattern accepts", () => {
    const pattern = new RegExp(`^(?:${TIME_OF_DAY_PATTERN})$`);
    for (let minute = 0; minute < 24 * 60; minute += 7) {
      const typed = `${Math.floor(minute / 60)}${String(minute % 60).padStart(2, "0")}`;
      expect(normaliseTimeOfDay(typed)).toMatch(pattern);
    }
    expect(pattern.test("24:00")).toBe(false);
    expect(pattern.test("9:30")).toBe(false);
  });
});

describe("a wall time in two fields", () => {
  it("splits and joins without losing what was typed", () => {
    expect(splitWallTime("2027-01-08T15:00")).toEqual({ date: "2027-01-08", time: "15:00" });
    expect(splitWallTime("")).toEqual({ date: "", time: "" });
    expect(joinWallTime("2027-01-08", "15:00")).toBe("2027-01-08T15:00");
    expect(joinWallTime("", "")).toBe("");
    for (const value of ["2027-01-08T", "T9:3", "2027-01-08T15:00"]) {
      const { date, time } = splitWallTime(value);
      expect(joinWallTime(date, time)).toBe(value);
    }
  });
});
