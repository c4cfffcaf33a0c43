import "server-only";
import { formatInTimeZone } from "date-fns-tz";
import { objectId } from "./random";
import type { NukiSimulator } from "./simulator";
import type { SimAuth, SimLock, SimLogEntry } from "./types";

export const KEYPAD_TRIGGER = 255;
export const KEYPAD_SOURCE = 1;
/**
 * Nuki's completion state for a code the keypad did not accept: 0xE0 in the lock's log (Bluetooth
 * API, "wrong keypad code"). The Web API's spec lists only 0–10, 254 and 255 for `state`, but the
 * cloud log passes the lock's value through, so a wrong code reads as action 1, trigger 255, state 224.
 */
export const WRONG_CODE_STATE = 224;

const WEEKDAY_BITS: Record<string, number> = { "1": 64, "2": 32, "3": 16, "4": 8, "5": 4, "6": 2, "7": 1 };

/** Whether the keypad would accept this auth right now: enabled, inside its dates, day and hours. */
export function opensNow(auth: SimAuth, lock: SimLock, nowMs: number): boolean {
  if (!auth.enabled || auth.type !== 13) return false;
  if (auth.allowedFromDate && nowMs < Date.parse(auth.allowedFromDate)) return false;
  if (auth.allowedUntilDate && nowMs >= Date.parse(auth.allowedUntilDate)) return false;
  // A time restriction only counts together with a start date, as on the lock.
  if (!auth.allowedFromDate) return true;
  const bit = WEEKDAY_BITS[formatInTimeZone(nowMs, lock.zone, "i")] ?? 0;
  if (auth.allowedWeekDays && (auth.allowedWeekDays & bit) === 0) return false;
  const [h = 0, m = 0] = formatInTimeZone(nowMs, lock.zone, "HH:mm").split(":").map(Number);
  const minute = h * 60 + m;
  const { allowedFromTime: from, allowedUntilTime: until } = auth;
  if (from === 0 && until === 0) return true;
  return minute >= from && minute < (until || 24 * 60);
}

/**
 * Someone typed `code` on the lock's keypad now: an unlock logged with the auth that opened it (and
 * its `lastActiveDate`), or a wrong-code entry without an auth when no code on the lock opens now.
 */
export function keypadEntry(sim: NukiSimulator, lock: SimLock, code: number): SimLogEntry {
  const now = sim.now();
  const date = new Date(now).toISOString();
  const auth = [...sim.data.auths.values()].find((a) => a.smartlockId === lock.smartlockId && a.code === code && opensNow(a, lock, now));
  const base = { id: objectId(now), smartlockId: lock.smartlockId, deviceType: 0, autoUnlock: false, action: 1, trigger: KEYPAD_TRIGGER, source: KEYPAD_SOURCE, date };
  const entry: SimLogEntry = auth ? { ...base, authId: auth.id, name: auth.name, state: 0 } : { ...base, name: "Keypad", state: WRONG_CODE_STATE };
  if (auth) {
    auth.lastActiveDate = date;
    auth.lockCount += 1;
  }
  sim.data.logs.unshift(entry); // newest first, as the log endpoint serves it
  return entry;
}
