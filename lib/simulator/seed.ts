import "server-only";
import { localInstant } from "./local-time";
import { seededObjectId, seededRandom } from "./random";
import { demoLogs, type PinKind } from "./seed-logs";
import type { SimAccount, SimAuth, SimData, SimLock, TimeRestriction } from "./types";

/** The account the consent page signs in as. */
export const DEMO_ACCOUNT_ID = 812_345;
/** A second account, never signed in: its lock answers 403 to the demo host. */
export const OTHER_ACCOUNT_ID = 812_399;

type LockSpec = Pick<SimLock, "smartlockId" | "name" | "type" | "timezoneId" | "zone" | "latitude" | "longitude"> &
  Partial<Pick<SimLock, "keypadPaired" | "keypad2Paired" | "serverState" | "batteryCharge" | "batteryCritical" | "keypadBatteryCritical">> & {
    accountId?: number;
    pins: { name: string; code: number; kind: PinKind }[];
    /** Offline locks stopped logging this many hours ago. */
    offlineForHours?: number;
  };

/** The demo locks: five zones of Nuki's timezoneId table, each with a quirk worth showing, and a flat's building door. */
export const DEMO_LOCKS: LockSpec[] = [
  {
    smartlockId: 17_923_456_781, name: "Berlin Apartment", type: 4, timezoneId: 37, zone: "Europe/Berlin",
    latitude: 52.5303, longitude: 13.4011, keypadPaired: true, batteryCharge: 86,
    pins: [
      { name: "Anna Schmidt", code: 482_915, kind: "active" },
      { name: "Lukas Weber", code: 735_162, kind: "upcoming" },
      { name: "Sophie Martin", code: 918_274, kind: "expired" },
      { name: "Cleaner Maria", code: 564_738, kind: "cleaner" },
      { name: "Owner", code: 271_839, kind: "owner" },
    ],
  },
  {
    smartlockId: 17_931_045_622, name: "London Flat", type: 4, timezoneId: 40, zone: "Europe/London",
    latitude: 51.5226, longitude: -0.0782, keypad2Paired: true, batteryCharge: 7, batteryCritical: true,
    pins: [
      { name: "James Taylor", code: 319_647, kind: "active" },
      { name: "Emily Clarke", code: 846_253, kind: "upcoming" },
      { name: "Cleaner Jo", code: 657_381, kind: "cleaner" },
      { name: "Owner", code: 293_847, kind: "owner" },
    ],
  },
  {
    smartlockId: 17_945_678_013, name: "Brooklyn Loft", type: 0, timezoneId: 12, zone: "America/New_York",
    latitude: 40.7081, longitude: -73.9571, keypadPaired: true, serverState: 4, batteryCharge: 54, offlineForHours: 30,
    pins: [
      { name: "Mike Johnson", code: 538_412, kind: "active" },
      { name: "Sarah Davis", code: 762_941, kind: "expired" },
      { name: "Owner", code: 419_583, kind: "owner" },
    ],
  },
  {
    smartlockId: 17_952_309_874, name: "Bondi Beach House", type: 4, timezoneId: 36, zone: "Australia/Sydney",
    latitude: -33.8915, longitude: 151.2767, keypadPaired: true, batteryCharge: 71, keypadBatteryCritical: true,
    pins: [
      { name: "Olivia Brown", code: 926_315, kind: "active" },
      { name: "Jack Wilson", code: 381_764, kind: "upcoming" },
      { name: "Chloe Nguyen", code: 654_279, kind: "expired" },
      { name: "Cleaner Ben", code: 715_836, kind: "cleaner" },
      { name: "Owner", code: 248_691, kind: "owner" },
    ],
  },
  {
    smartlockId: 17_968_812_305, name: "Auckland Cottage", type: 4, timezoneId: 42, zone: "Pacific/Auckland",
    latitude: -36.8485, longitude: 174.7633, batteryCharge: 93, pins: [],
  },
  {
    accountId: OTHER_ACCOUNT_ID, smartlockId: 17_990_123_457, name: "Harbour Studio", type: 4, timezoneId: 38,
    zone: "Europe/Helsinki", latitude: 60.1675, longitude: 24.9525, keypadPaired: true, batteryCharge: 64,
    pins: [{ name: "Owner", code: 853_729, kind: "owner" }],
  },
  // Last, so the seeded random values of the locks above stay as they were.
  {
    smartlockId: 17_923_456_799, name: "Berlin Building Door", type: 4, timezoneId: 37, zone: "Europe/Berlin",
    latitude: 52.5304, longitude: 13.4012, keypadPaired: true, batteryCharge: 62,
    pins: [
      { name: "Anna Schmidt", code: 482_915, kind: "active" },
      { name: "Owner", code: 396_158, kind: "owner" },
    ],
  },
];

/** Each kind's time restriction, in the lock's own zone, and how long ago it was created. */
export function windowFor(kind: PinKind, now: number, zone: string): { restriction: TimeRestriction; createdDaysAgo: number } {
  const at = (day: number, time: string) => localInstant(now, zone, day, time).toISOString();
  const everyDay = { allowedWeekDays: 127, allowedFromTime: 0, allowedUntilTime: 0 };
  switch (kind) {
    case "active":
      return { restriction: { ...everyDay, allowedFromDate: at(-1, "15:00"), allowedUntilDate: at(3, "11:00") }, createdDaysAgo: 9 };
    case "upcoming":
      return { restriction: { ...everyDay, allowedFromDate: at(6, "15:00"), allowedUntilDate: at(10, "11:00") }, createdDaysAgo: 2 };
    case "expired":
      return { restriction: { ...everyDay, allowedFromDate: at(-12, "15:00"), allowedUntilDate: at(-8, "11:00") }, createdDaysAgo: 20 };
    case "cleaner":
      return {
        restriction: { allowedFromDate: at(-60, "00:00"), allowedWeekDays: 124, allowedFromTime: 480, allowedUntilTime: 1080 },
        createdDaysAgo: 61,
      };
    case "owner":
      return { restriction: everyDay, createdDaysAgo: 300 };
  }
}

function account(accountId: number, name: string, email: string, now: number): SimAccount {
  const created = new Date(now - 420 * 86_400_000).toISOString();
  return { accountId, type: 0, email, emailVerified: true, name, language: "en", creationDate: created, updateDate: created };
}

/** Fresh demo state with every window placed relative to `now`. */
export function seedDemoData(now: number): SimData {
  const random = seededRandom(20_261_123);
  const data: SimData = { accounts: new Map(), locks: new Map(), auths: new Map(), logs: [], operations: [] };
  data.accounts.set(DEMO_ACCOUNT_ID, account(DEMO_ACCOUNT_ID, "Demo Host", "host@keyhost.example", now));
  data.accounts.set(OTHER_ACCOUNT_ID, account(OTHER_ACCOUNT_ID, "Another Host", "another@keyhost.example", now));

  for (const { pins, offlineForHours, accountId = DEMO_ACCOUNT_ID, ...spec } of DEMO_LOCKS) {
    const installed = localInstant(now, spec.zone, -400, "11:00").toISOString();
    const lock: SimLock = {
      keypadPaired: false, keypad2Paired: false, serverState: 0, batteryCharge: 80, batteryCritical: false, keypadBatteryCritical: false,
      ...spec,
      accountId, authId: 1, favorite: false, state: 1, doorState: 2,
      firmwareVersion: spec.type === 4 ? 197_636 : 67_342, hardwareVersion: spec.type === 4 ? 1_537 : 514,
      creationDate: installed, updateDate: installed, nextAuthId: 2,
    };
    data.locks.set(lock.smartlockId, lock);
    const owner: SimAuth = {
      id: seededObjectId(Date.parse(installed), random), smartlockId: lock.smartlockId, authId: 1, type: 0, name: data.accounts.get(accountId)?.name ?? "Owner",
      enabled: true, remoteAllowed: true, lockCount: 0, allowedWeekDays: 0, allowedFromTime: 0, allowedUntilTime: 0,
      creationDate: installed, updateDate: installed,
    };
    data.auths.set(owner.id, owner);

    const seeded = pins.map(({ name, code, kind }) => {
      const { restriction, createdDaysAgo } = windowFor(kind, now, lock.zone);
      const created = localInstant(now, lock.zone, -createdDaysAgo, "10:30");
      const auth: SimAuth = {
        id: seededObjectId(created.getTime(), random), smartlockId: lock.smartlockId, authId: lock.nextAuthId++, type: 13, name, code,
        enabled: true, remoteAllowed: false, lockCount: 0, ...restriction,
        creationDate: created.toISOString(), updateDate: created.toISOString(),
      };
      data.auths.set(auth.id, auth);
      return { auth, kind };
    });

    const until = offlineForHours ? now - offlineForHours * 3_600_000 : now;
    const logs = demoLogs(lock, seeded, now, until, random);
    for (const entry of logs) {
      const auth = entry.authId ? data.auths.get(entry.authId) : undefined;
      if (!auth || entry.action !== 1) continue;
      auth.lockCount += 1;
      if (!auth.lastActiveDate || auth.lastActiveDate < entry.date) auth.lastActiveDate = entry.date;
    }
    data.logs.push(...logs);
  }
  data.logs.sort((a, b) => b.date.localeCompare(a.date));
  return data;
}
