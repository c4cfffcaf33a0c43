import { describe, expect, it } from "vitest";
import { WEEKDAYS } from "@/lib/pins/types";
import { describeHours, pinMessageData, pinMessageVersion } from "./pin-door";
import { renderGuestMessage } from "./render";

const always = { weekdays: [...WEEKDAYS], dailyFrom: null, dailyUntil: null };
const lock = { name: "Bondi Beach House", timeZone: "Australia/Sydney" };

describe("describeHours", () => {
  it.each([
    [always, null],
    [{ ...always, weekdays: ["mon", "tue", "wed", "thu", "fri"] as const }, "Mon–Fri"],
    [{ ...always, dailyFrom: "08:00", dailyUntil: "18:00" }, "08:00–18:00"],
    [{ weekdays: ["sat", "sun"] as const, dailyFrom: "10:00", dailyUntil: "16:00" }, "Sat, Sun 10:00–16:00"],
    [{ ...always, dailyFrom: "08:00", dailyUntil: null }, null],
  ])("%j → %s", (pin, text) => expect(describeHours({ ...pin, weekdays: [...pin.weekdays] })).toBe(text));

  it("names the days in German for a German message", () => {
    expect(describeHours({ weekdays: ["mon", "tue", "wed", "thu", "fri"], dailyFrom: "08:00", dailyUntil: "18:00" }, "de")).toBe("Mo.–Fr. 08:00–18:00");
    expect(describeHours({ weekdays: ["sat", "sun"], dailyFrom: null, dailyUntil: null }, "de")).toBe("Sa., So.");
  });
});

describe("pinMessageData", () => {
  it("makes the PIN's name the guest and its lock the one door, in the lock's zone", () => {
    const pin = { name: "Weekend Guest", code: "583926", validFrom: "2027-01-08T15:00", validUntil: "2027-01-10T11:00", ...always };
    expect(pinMessageData(pin, lock)).toEqual({
      guestName: "Weekend Guest",
      code: "583926",
      doors: [{ name: "Bondi Beach House", timeZone: "Australia/Sydney", validFrom: "2027-01-08T15:00", validUntil: "2027-01-10T11:00", hours: null }],
    });
    const { subject, text } = renderGuestMessage(null, pinMessageData(pin, lock));
    expect(subject).toBe("Your door code for Bondi Beach House");
    expect(text).toContain("Valid from: Fri 8 Jan 2027, 15:00 (Australia/Sydney)");
    expect(pinMessageData(pin, lock, "Beach Stays").propertyName).toBe("Beach Stays");
  });

  it("tells the guest about a PIN's weekday and daily limits", () => {
    const pin = { name: "Cleaner", code: "583926", validFrom: null, validUntil: null, weekdays: [...WEEKDAYS.slice(0, 5)], dailyFrom: "08:00", dailyUntil: "12:00" };
    expect(renderGuestMessage("{doors}", pinMessageData(pin, lock)).text).toBe("Bondi Beach House (Mon–Fri 08:00–12:00 only, Australia/Sydney)");
    expect(renderGuestMessage("{doors}", pinMessageData(pin, lock, undefined, "de"), "de").text).toBe("Bondi Beach House (nur Mo.–Fr. 08:00–12:00, Australia/Sydney)");
  });
});

describe("pinMessageVersion", () => {
  it("changes with anything the message or its warning depends on, and only then", () => {
    const pin = { name: "Guest", code: "583926", status: "pending" as const, enabled: true, validFrom: "2027-01-08T15:00", validUntil: null, ...always };
    const base = pinMessageVersion(pin);
    expect(pinMessageVersion({ ...pin })).toBe(base);
    for (const change of [{ status: "saved" as const }, { enabled: false }, { name: "Other" }, { code: "694827" }, { validUntil: "2027-01-09T11:00" }, { dailyFrom: "08:00" }, { weekdays: ["mon" as const] }]) {
      expect(pinMessageVersion({ ...pin, ...change })).not.toBe(base);
    }
  });
});
