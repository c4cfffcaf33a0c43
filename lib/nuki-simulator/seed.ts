import { addDays, format } from "date-fns";
import { formatInTimeZone, fromZonedTime } from "date-fns-tz";
import { objectId } from "./ids";
import type { SimAuth, SimLock, SimLogEntry } from "./types";

export const DEMO_ACCOUNT = { accountId: 4711, email: "host@keyhost.example", name: "Demo Host" };

const ZONES: Record<number, string> = { 12: "America/New_York", 36: "Australia/Sydney", 37: "Europe/Berlin", 40: "Europe/London", 42: "Pacific/Auckland" };

const lock = (over: Partial<SimLock> & Pick<SimLock, "smartlockId" | "name" | "timezoneId">): SimLock => ({
  accountId: DEMO_ACCOUNT.accountId,
  type: 4,
  serverState: 0,
  keypadPaired: true,
  keypad2Paired: false,
  batteryCritical: false,
  batteryCharge: 80,
  keypadBatteryCritical: false,
  state: 1,
  doorState: 2,
  ...over,
});

export function demoLocks(): SimLock[] {
  return [
    lock({ smartlockId: 18000000101, name: "Berlin Apartment", timezoneId: 37, batteryCharge: 84 }),
    lock({ smartlockId: 18000000102, name: "London Flat", timezoneId: 40, keypadPaired: false, keypad2Paired: true, batteryCritical: true, batteryCharge: 8 }),
    lock({ smartlockId: 18000000103, name: "Brooklyn Loft", timezoneId: 12, type: 0, serverState: 4, batteryCharge: 55, state: 3, doorState: 3 }),
    lock({ smartlockId: 18000000104, name: "Bondi Beach House", timezoneId: 36, batteryCharge: 67, keypadBatteryCritical: true }),
    lock({ smartlockId: 18000000105, name: "Auckland Cottage", timezoneId: 42, type: 3, keypadPaired: false, batteryCharge: 91 }),
  ];
}

/** Per keypad lock: guest names and codes (valid, unguessable, unique on the lock). */
const PEOPLE: Record<number, { guest: string; next: string; past: string; codes: number[] }> = {
  18000000101: { guest: "Müller family", next: "Rossi stay", past: "Dupont stay", codes: [358214, 947362, 615839, 283947, 759163] },
  18000000102: { guest: "Smith stay", next: "Kowalski stay", past: "Brown stay", codes: [461937, 829354, 537218, 396472, 718345] },
  18000000103: { guest: "Garcia family", next: "Chen stay", past: "Okafor stay", codes: [672951, 314876, 958237, 246819, 583712] },
  18000000104: { guest: "Nguyen stay", next: "Walker family", past: "Tanaka stay", codes: [819473, 475928, 362195, 937281, 164758] },
};

export function demoAuths(locks: SimLock[], now: Date): SimAuth[] {
  const auths: SimAuth[] = [];
  for (const l of locks) {
    const people = PEOPLE[l.smartlockId];
    const zone = ZONES[l.timezoneId];
    if (!people || !zone) continue;
    const today = formatInTimeZone(now, zone, "yyyy-MM-dd");
    const at = (days: number, time: string) =>
      fromZonedTime(`${format(addDays(new Date(`${today}T12:00`), days), "yyyy-MM-dd")}T${time}`, zone).toISOString();
    const [owner, cleaner, guest, next, past] = people.codes as [number, number, number, number, number];
    let authId = 1;
    const make = (name: string, code: number, over: Partial<SimAuth> = {}): SimAuth => ({
      id: objectId(),
      smartlockId: l.smartlockId,
      authId: authId++,
      type: 13,
      name,
      code,
      enabled: true,
      remoteAllowed: false,
      allowedWeekDays: 127,
      allowedFromTime: 0,
      allowedUntilTime: 0,
      creationDate: at(-60, "10:00"),
      updateDate: at(-60, "10:00"),
      ...over,
    });
    auths.push(
      make("Owner", owner, { lastActiveDate: at(-3, "18:42") }),
      make("Cleaner", cleaner, { allowedFromDate: at(-30, "00:00"), allowedWeekDays: 124, allowedFromTime: 480, allowedUntilTime: 1080, lastActiveDate: at(-1, "10:05") }),
      make(people.guest, guest, { allowedFromDate: at(-1, "15:00"), allowedUntilDate: at(3, "11:00"), lastActiveDate: at(-1, "16:20") }),
      make(people.next, next, { allowedFromDate: at(7, "15:00"), allowedUntilDate: at(10, "11:00") }),
      make(people.past, past, { allowedFromDate: at(-20, "15:00"), allowedUntilDate: at(-17, "11:00"), lastActiveDate: at(-20, "15:34") }),
    );
  }
  return auths;
}

/** Keypad entries for the PINs that have been used, newest first. */
export function demoLog(auths: SimAuth[]): SimLogEntry[] {
  return auths
    .filter((a) => a.lastActiveDate)
    .map((a) => ({ id: objectId(), smartlockId: a.smartlockId, authId: a.id, name: a.name, date: a.lastActiveDate!, action: 1, trigger: 255, state: 0, source: 1 }))
    .sort((a, b) => b.date.localeCompare(a.date));
}
