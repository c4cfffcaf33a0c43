import { describe, expect, it } from "vitest";
import { translateIn } from "@/lib/i18n/translate";
import { describeWeekdays, describeWindow, formatWall } from "./describe-window";
import { maskToWeekdays } from "@/lib/time/weekdays";

const now = new Date("2026-11-23T12:00:00Z");
const all = maskToWeekdays(127);

describe("describeWindow in German", () => {
  const de = translateIn("de", "pins");

  it("writes German dates and day names", () => {
    expect(
      describeWindow({ validFrom: "2026-12-01T15:00", validUntil: "2027-01-05T11:00", weekdays: maskToWeekdays(124), dailyFrom: "08:00", dailyUntil: "18:00" }, "Europe/Berlin", de, "de", now),
    ).toBe("1. Dez. 15:00 → 5. Jan. 2027 11:00 Europe/Berlin, Mo.–Fr. 08:00–18:00");
  });

  it("says open ends, hours alone and no restriction in German", () => {
    expect(describeWindow({ validFrom: "2026-12-01T15:00", validUntil: null, weekdays: all, dailyFrom: null, dailyUntil: null }, "Europe/Berlin", de, "de", now)).toBe("Ab 1. Dez. 15:00 Europe/Berlin");
    expect(describeWindow({ validFrom: null, validUntil: "2026-12-01T11:00", weekdays: all, dailyFrom: null, dailyUntil: null }, "Europe/Berlin", de, "de", now)).toBe("Bis 1. Dez. 11:00 Europe/Berlin");
    expect(describeWindow({ validFrom: null, validUntil: null, weekdays: all, dailyFrom: "08:00", dailyUntil: "18:00" }, "Europe/Berlin", de, "de", now)).toBe("jeden Tag 08:00–18:00 (Europe/Berlin)");
    expect(describeWindow({ validFrom: null, validUntil: null, weekdays: all, dailyFrom: null, dailyUntil: null }, "UTC", de, "de", now)).toBe("Immer");
  });

  it("compacts German weekday sets", () => {
    expect(describeWeekdays(["mon", "tue", "wed", "sat", "sun"], "de")).toBe("Mo.–Mi., Sa., So.");
    expect(formatWall("2027-03-05T09:30", 2026, "de")).toBe("5. März 2027 09:30");
  });
});
