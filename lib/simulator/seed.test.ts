import { formatInTimeZone } from "date-fns-tz";
import { describe, expect, it } from "vitest";
import { isValidKeypadCode } from "./auth-body";
import { DEMO_ACCOUNT_ID, seedDemoData } from "./seed";

/** Nuki's timezoneId table, from the README (not from the app's copy). */
const NUKI_ZONES: Record<number, string> = { 12: "America/New_York", 36: "Australia/Sydney", 37: "Europe/Berlin", 38: "Europe/Helsinki", 40: "Europe/London", 42: "Pacific/Auckland" };

// Ordinary days and days on or next to DST changes in the demo zones.
const NOWS = ["2026-03-10T09:00:00Z", "2026-03-29T00:30:00Z", "2026-04-05T15:59:00Z", "2026-09-27T13:00:00Z", "2026-11-01T05:30:00Z", "2026-12-31T23:59:59Z"].map(Date.parse);

describe("demo seed", () => {
  it.each(NOWS)("is valid and current at %i", (now) => {
    const data = seedDemoData(now);
    const demoLocks = [...data.locks.values()].filter((l) => l.accountId === DEMO_ACCOUNT_ID);
    expect(demoLocks).toHaveLength(6);
    expect(new Set(demoLocks.map((l) => l.zone)).size).toBeGreaterThanOrEqual(4);
    for (const lock of data.locks.values()) {
      expect(NUKI_ZONES[lock.timezoneId]).toBe(lock.zone);
      expect(Number.isSafeInteger(lock.smartlockId) && lock.smartlockId > 10_000_000_000).toBe(true);
      const codes = [...data.auths.values()].filter((a) => a.smartlockId === lock.smartlockId && a.type === 13);
      if (!lock.keypadPaired && !lock.keypad2Paired) expect(codes).toHaveLength(0);
      else expect(codes.length).toBeGreaterThanOrEqual(lock.accountId === DEMO_ACCOUNT_ID ? 2 : 1);
      expect(new Set(codes.map((a) => a.code)).size).toBe(codes.length);
      for (const auth of codes) {
        expect(isValidKeypadCode(auth.code!)).toBe(true);
        expect(auth.name.length).toBeLessThanOrEqual(20);
        expect(Date.parse(auth.creationDate)).toBeLessThan(now);
      }
      for (const auth of codes.filter((a) => a.allowedUntilDate)) {
        // Guests arrive at 15:00 and leave at 11:00 lock-local time, whatever the offset that day.
        expect(formatInTimeZone(auth.allowedFromDate!, lock.zone, "HH:mm")).toBe("15:00");
        expect(formatInTimeZone(auth.allowedUntilDate!, lock.zone, "HH:mm")).toBe("11:00");
      }
      const active = codes.find((a) => a.allowedUntilDate && Date.parse(a.allowedFromDate!) <= now && now < Date.parse(a.allowedUntilDate));
      if (lock.accountId === DEMO_ACCOUNT_ID && codes.length) expect(active).toBeDefined();
    }
    expect(data.logs.every((e) => Date.parse(e.date) < now)).toBe(true);
  });

  it("places the active stay from yesterday 15:00 to in three days 11:00, lock-local", () => {
    const now = Date.parse("2026-03-10T09:00:00Z");
    const data = seedDemoData(now);
    const anna = [...data.auths.values()].find((a) => a.name === "Anna Schmidt")!;
    expect(anna.allowedFromDate).toBe("2026-03-09T14:00:00.000Z");
    expect(anna.allowedUntilDate).toBe("2026-03-13T10:00:00.000Z");
    const olivia = [...data.auths.values()].find((a) => a.name === "Olivia Brown")!;
    expect(olivia.allowedFromDate).toBe("2026-03-09T04:00:00.000Z"); // 15:00 AEDT (UTC+11)
    const cleaner = [...data.auths.values()].find((a) => a.name === "Cleaner Maria")!;
    expect(cleaner).toMatchObject({ allowedWeekDays: 124, allowedFromTime: 480, allowedUntilTime: 1080, allowedFromDate: expect.any(String) });
  });

  it("gives the demo locks their quirks", () => {
    const locks = Object.fromEntries([...seedDemoData(Date.now()).locks.values()].map((l) => [l.name, l]));
    expect(locks["London Flat"]).toMatchObject({ batteryCritical: true, keypad2Paired: true });
    expect(locks["Brooklyn Loft"]).toMatchObject({ serverState: 4, keypadPaired: true });
    expect(locks["Auckland Cottage"]).toMatchObject({ keypadPaired: false, keypad2Paired: false });
    expect(locks["Berlin Apartment"]).toMatchObject({ type: 4, timezoneId: 37, keypadPaired: true, state: 1, doorState: 2 });
  });
});
