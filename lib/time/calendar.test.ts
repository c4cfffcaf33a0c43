import { describe, expect, it } from "vitest";
import { minutesToTimeOfDay, timeOfDayToMinutes, isTimeOfDay } from "./daily";
import { translateIn } from "@/lib/i18n/translate";
import { describeWeekdays, describeWindow } from "../pins/describe-window";
import { isEveryDay, maskToWeekdays, weekdaysToMask } from "./weekdays";
import { NUKI_TIME_ZONES, timezoneIdForZone, zoneForTimezoneId } from "./zones";

describe("Nuki timezoneId table", () => {
  it("has the 46 zones of Nuki's enum, each one Intl knows", () => {
    expect(NUKI_TIME_ZONES).toHaveLength(46);
    for (const zone of NUKI_TIME_ZONES) expect(() => new Intl.DateTimeFormat("en", { timeZone: zone })).not.toThrow();
  });
  it.each([
    [0, "Africa/Cairo"],
    [5, "America/Argentina/Buenos_Aires"],
    [12, "America/New_York"],
    [17, "America/St_Johns"],
    [23, "Asia/Kathmandu"],
    [36, "Australia/Sydney"],
    [37, "Europe/Berlin"],
    [40, "Europe/London"],
    [42, "Pacific/Auckland"],
    [45, "Pacific/Pago_Pago"],
  ])("id %i is %s, both ways", (id, zone) => {
    expect(zoneForTimezoneId(id)).toBe(zone);
    expect(timezoneIdForZone(zone)).toBe(id);
  });
  it("falls back to UTC outside the table", () => {
    expect([46, -1, 1.5, null, undefined].map(zoneForTimezoneId)).toEqual(["UTC", "UTC", "UTC", "UTC", "UTC"]);
    expect(timezoneIdForZone("Mars/Olympus")).toBeUndefined();
  });
});

describe("daily hours", () => {
  it("converts to lock-local minutes after midnight and back", () => {
    expect(timeOfDayToMinutes("08:00")).toBe(480);
    expect(timeOfDayToMinutes("23:59")).toBe(1439);
    expect(minutesToTimeOfDay(1080)).toBe("18:00");
    expect(minutesToTimeOfDay(0)).toBe("00:00");
  });
  it("refuses what is not a time of day", () => {
    expect(isTimeOfDay("24:00")).toBe(false);
    expect(isTimeOfDay("8:00")).toBe(false);
    expect(() => timeOfDayToMinutes("12:60")).toThrow(RangeError);
    expect(() => minutesToTimeOfDay(1440)).toThrow(RangeError);
  });
});

describe("weekdays", () => {
  it("uses Nuki's bits, Mon 64 … Sun 1", () => {
    expect(weekdaysToMask(["mon"])).toBe(64);
    expect(weekdaysToMask(["sun"])).toBe(1);
    expect(weekdaysToMask(["mon", "tue", "wed", "thu", "fri"])).toBe(124);
    expect(weekdaysToMask(["mon", "tue", "wed", "thu", "fri", "sat", "sun"])).toBe(127);
  });
  it("reads masks back in week order, with 0 and null meaning every day", () => {
    expect(maskToWeekdays(6)).toEqual(["fri", "sat"]);
    expect(maskToWeekdays(0)).toHaveLength(7);
    expect(maskToWeekdays(null)).toHaveLength(7);
    for (let mask = 1; mask <= 127; mask++) expect(weekdaysToMask(maskToWeekdays(mask))).toBe(mask);
  });
  it("knows every day", () => {
    expect(isEveryDay(maskToWeekdays(127))).toBe(true);
    expect(isEveryDay(["mon"])).toBe(false);
  });
});

describe("describeWindow", () => {
  const now = new Date("2026-11-23T12:00:00Z");
  const t = translateIn("en", "pins");
  const all = maskToWeekdays(127);
  it("reads like the issue's example", () => {
    expect(
      describeWindow(
        { validFrom: "2026-12-01T15:00", validUntil: "2026-12-05T11:00", weekdays: maskToWeekdays(124), dailyFrom: "08:00", dailyUntil: "18:00" },
        "Europe/Berlin",
        t,
        "en",
        now,
      ),
    ).toBe("1 Dec 15:00 → 5 Dec 11:00 Europe/Berlin, Mon–Fri 08:00–18:00");
  });
  it("says Always without restrictions", () => {
    expect(describeWindow({ validFrom: null, validUntil: null, weekdays: all, dailyFrom: null, dailyUntil: null }, "UTC", t, "en", now)).toBe("Always");
  });
  it("shows the year only when it is not this year", () => {
    expect(describeWindow({ validFrom: "2027-01-08T15:00", validUntil: "2027-01-10T11:00", weekdays: all, dailyFrom: null, dailyUntil: null }, "Australia/Sydney", t, "en", now)).toBe(
      "8 Jan 2027 15:00 → 10 Jan 2027 11:00 Australia/Sydney",
    );
  });
  it("handles open ends and hours alone", () => {
    expect(describeWindow({ validFrom: "2026-12-01T15:00", validUntil: null, weekdays: all, dailyFrom: null, dailyUntil: null }, "Europe/London", t, "en", now)).toBe("From 1 Dec 15:00 Europe/London");
    expect(describeWindow({ validFrom: null, validUntil: "2026-12-01T11:00", weekdays: all, dailyFrom: null, dailyUntil: null }, "Europe/London", t, "en", now)).toBe("Until 1 Dec 11:00 Europe/London");
    expect(describeWindow({ validFrom: null, validUntil: null, weekdays: all, dailyFrom: "08:00", dailyUntil: "18:00" }, "Europe/London", t, "en", now)).toBe("every day 08:00–18:00 (Europe/London)");
  });
  it("compacts weekday sets", () => {
    expect(describeWeekdays(["mon", "wed", "fri"])).toBe("Mon, Wed, Fri");
    expect(describeWeekdays(["sat", "sun"])).toBe("Sat, Sun");
    expect(describeWeekdays(["mon", "tue", "wed", "sat", "sun"])).toBe("Mon–Wed, Sat, Sun");
  });
});
