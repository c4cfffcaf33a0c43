import "server-only";
import { z } from "zod";
import { localInstant } from "./local-time";
import { seededObjectId, seededRandom } from "./random";
import { DEMO_ACCOUNT_ID, DEMO_LOCKS, seedDemoData, windowFor } from "./seed";
import { demoLogs, type PinKind } from "./seed-logs";
import type { SimAuth, SimData, SimLock } from "./types";

/** A large demo account for load tests: `locks` locks with a keypad, each with `pinsPerLock` keypad codes. */
export const fleetSchema = z.strictObject({
  locks: z.number().int().min(1).max(1000),
  pinsPerLock: z.number().int().min(0).max(200),
});
export type FleetSpec = z.infer<typeof fleetSchema>;

/** First lock id of a fleet; ids count up from here. */
export const FLEET_FIRST_LOCK_ID = 18_200_000_000;

/** Zones of Nuki's timezoneId table the fleet cycles through (the demo locks' zones plus a few more). */
const ZONES: { timezoneId: number; zone: string; city: string }[] = [
  { timezoneId: 37, zone: "Europe/Berlin", city: "Berlin" },
  { timezoneId: 40, zone: "Europe/London", city: "London" },
  { timezoneId: 12, zone: "America/New_York", city: "New York" },
  { timezoneId: 36, zone: "Australia/Sydney", city: "Sydney" },
  { timezoneId: 42, zone: "Pacific/Auckland", city: "Auckland" },
  { timezoneId: 38, zone: "Europe/Helsinki", city: "Helsinki" },
  { timezoneId: 29, zone: "Asia/Tokyo", city: "Tokyo" },
  { timezoneId: 9, zone: "America/Los_Angeles", city: "Los Angeles" },
];

const FIRST_NAMES = ["Anna", "Ben", "Chloe", "David", "Emma", "Felix", "Grace", "Hugo", "Ida", "Jonas", "Kai", "Lea", "Mia", "Noah", "Olga", "Paul"];

/** Guests cycle through stays that are on now, coming up and over; every lock has an owner and a cleaner code. */
const GUEST_KINDS: PinKind[] = ["active", "upcoming", "expired"];

/** How many codes per lock get keypad activity in the logs: enough to show, little enough to keep memory small. */
const LOGGED_PINS_PER_LOCK = 3;

function uniqueCode(random: () => number, taken: Set<number>): number {
  for (;;) {
    const digits = Array.from({ length: 6 }, () => 1 + Math.floor(random() * 9)).join("");
    if (digits.startsWith("12") || new Set(digits).size < 3) continue;
    const code = Number(digits);
    if (taken.has(code)) continue;
    taken.add(code);
    return code;
  }
}

function pinSpec(index: number): { name: string; kind: PinKind } {
  if (index === 0) return { name: "Owner", kind: "owner" };
  if (index === 1) return { name: "Cleaner", kind: "cleaner" };
  const n = index - 1;
  return { name: `${FIRST_NAMES[n % FIRST_NAMES.length]} ${String(n).padStart(3, "0")}`, kind: GUEST_KINDS[n % GUEST_KINDS.length]! };
}

/**
 * The demo's accounts with a fleet instead of the demo locks: "Flat 001" … in several zones,
 * every lock online with a keypad (a few with Keypad 2 or a low battery), each with `pinsPerLock`
 * valid, distinct keypad codes placed relative to `now`. The second account keeps its lock, so
 * 403s still happen. Deterministic apart from `now`.
 */
export function seedFleetData(now: number, fleet: FleetSpec): SimData {
  const base = seedDemoData(now);
  const data: SimData = { accounts: base.accounts, locks: new Map(), auths: new Map(), logs: [], operations: [] };
  // Keep the other account's lock and its codes: the 403 path stays exercised.
  for (const lock of base.locks.values()) {
    if (lock.accountId === DEMO_ACCOUNT_ID) continue;
    data.locks.set(lock.smartlockId, lock);
    for (const auth of base.auths.values()) if (auth.smartlockId === lock.smartlockId) data.auths.set(auth.id, auth);
  }
  const random = seededRandom(20_261_124);
  const template = DEMO_LOCKS[0]!;
  const ownerName = data.accounts.get(DEMO_ACCOUNT_ID)?.name ?? "Owner";
  // Every stay of one kind in one zone has the same window: work each out once.
  const windows = new Map<string, ReturnType<typeof windowFor>>();
  const windowOf = (kind: PinKind, zone: string) => {
    const key = `${kind} ${zone}`;
    let found = windows.get(key);
    if (!found) windows.set(key, (found = windowFor(kind, now, zone)));
    return found;
  };
  for (let i = 0; i < fleet.locks; i++) {
    const { timezoneId, zone, city } = ZONES[i % ZONES.length]!;
    const installed = localInstant(now, zone, -400 + (i % 30), "11:00").toISOString();
    const lock: SimLock = {
      smartlockId: FLEET_FIRST_LOCK_ID + i,
      accountId: DEMO_ACCOUNT_ID,
      type: 4,
      authId: 1,
      name: `Flat ${String(i + 1).padStart(3, "0")} ${city}`,
      favorite: false,
      timezoneId,
      zone,
      latitude: template.latitude,
      longitude: template.longitude,
      keypadPaired: i % 10 !== 9,
      keypad2Paired: i % 10 === 9,
      serverState: 0,
      batteryCharge: 20 + ((i * 37) % 80),
      batteryCritical: i % 29 === 28,
      keypadBatteryCritical: i % 31 === 30,
      state: 1,
      doorState: 2,
      firmwareVersion: 197_636,
      hardwareVersion: 1_537,
      creationDate: installed,
      updateDate: installed,
      nextAuthId: 2,
    };
    data.locks.set(lock.smartlockId, lock);
    const owner: SimAuth = {
      id: seededObjectId(Date.parse(installed), random), smartlockId: lock.smartlockId, authId: 1, type: 0, name: ownerName,
      enabled: true, remoteAllowed: true, lockCount: 0, allowedWeekDays: 0, allowedFromTime: 0, allowedUntilTime: 0,
      creationDate: installed, updateDate: installed,
    };
    data.auths.set(owner.id, owner);

    const codes = new Set<number>();
    const seeded: { auth: SimAuth; kind: PinKind }[] = [];
    for (let p = 0; p < fleet.pinsPerLock; p++) {
      const { name, kind } = pinSpec(p);
      const { restriction, createdDaysAgo } = windowOf(kind, zone);
      const created = new Date(now - createdDaysAgo * 86_400_000 - p * 60_000).toISOString();
      const auth: SimAuth = {
        id: seededObjectId(Date.parse(created), random), smartlockId: lock.smartlockId, authId: lock.nextAuthId++, type: 13, name,
        code: uniqueCode(random, codes), enabled: true, remoteAllowed: false, lockCount: 0, ...restriction,
        creationDate: created, updateDate: created,
      };
      data.auths.set(auth.id, auth);
      seeded.push({ auth, kind });
    }
    const logged = seeded.filter(({ kind }) => kind !== "upcoming").slice(0, LOGGED_PINS_PER_LOCK);
    for (const entry of demoLogs(lock, logged, now, now, random)) {
      data.logs.push(entry);
      const auth = entry.authId ? data.auths.get(entry.authId) : undefined;
      if (!auth || entry.action !== 1) continue;
      auth.lockCount += 1;
      if (!auth.lastActiveDate || auth.lastActiveDate < entry.date) auth.lastActiveDate = entry.date;
    }
  }
  data.logs.push(...base.logs.filter((entry) => data.locks.has(entry.smartlockId)));
  data.logs.sort((a, b) => b.date.localeCompare(a.date));
  return data;
}
