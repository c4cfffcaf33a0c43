import type { Translate } from "@/lib/i18n/types";
import type { NukiSmartlock } from "@/lib/nuki/schemas";
import { zoneForTimezoneId } from "@/lib/time/zones";
import type { Lock, ServerState } from "./types";

const MODELS: Record<number, string> = {
  0: "Smart Lock 1.0/2.0",
  1: "Box",
  2: "Opener",
  3: "Smart Door",
  4: "Smart Lock 3.0 or later",
};

const SERVER_STATES: Record<number, ServerState> = {
  0: "ok",
  1: "unregistered",
  2: "authUuidInvalid",
  3: "authInvalid",
  4: "offline",
};

/** Nuki's lock and door states: the key of their words in the `locks` catalog, and the English words the API answers with. */
const LOCK_STATES: Record<number, readonly [key: string, words: string]> = {
  0: ["uncalibrated", "uncalibrated"],
  1: ["locked", "locked"],
  2: ["unlocking", "unlocking"],
  3: ["unlocked", "unlocked"],
  4: ["locking", "locking"],
  5: ["unlatched", "unlatched"],
  6: ["unlockedLockNGo", "unlocked (lock ‘n’ go)"],
  7: ["unlatching", "unlatching"],
  254: ["motorBlocked", "motor blocked"],
};

const DOOR_STATES: Record<number, readonly [key: string, words: string]> = {
  1: ["sensorOff", "door sensor off"],
  2: ["closed", "door closed"],
  3: ["open", "door open"],
  4: ["unknown", "door state unknown"],
  5: ["calibrating", "door sensor calibrating"],
  16: ["uncalibrated", "door sensor uncalibrated"],
  240: ["removed", "door sensor removed"],
};

const keyOfWords = (table: Record<number, readonly [string, string]>) => new Map(Object.values(table).map(([key, words]) => [words, key]));
const LOCK_STATE_KEYS = keyOfWords(LOCK_STATES);
const DOOR_STATE_KEYS = keyOfWords(DOOR_STATES);

export function modelName(type: number): string {
  return MODELS[type] ?? `Nuki device (type ${type})`;
}

export function lockFromNuki(lock: NukiSmartlock, pinCount: number): Lock {
  const serverState = SERVER_STATES[lock.serverState] ?? "unknown";
  const keypad1 = lock.config?.keypadPaired === true;
  const keypad2 = lock.config?.keypad2Paired === true;
  const charge = lock.state?.batteryCharge;
  return {
    id: lock.smartlockId,
    name: lock.name,
    model: modelName(lock.type),
    online: serverState === "ok",
    serverState,
    keypad: { paired: keypad1 || keypad2, kind: keypad2 ? "Keypad 2" : keypad1 ? "Keypad" : null },
    battery: {
      critical: lock.state?.batteryCritical === true,
      charge: typeof charge === "number" && charge >= 0 && charge <= 100 ? charge : null,
    },
    keypadBatteryCritical: lock.state?.keypadBatteryCritical === true,
    timeZone: zoneForTimezoneId(lock.config?.timezoneId),
    pinCount,
    lockState: LOCK_STATES[lock.state?.state ?? -1]?.[1] ?? null,
    doorState: DOOR_STATES[lock.state?.doorState ?? -1]?.[1] ?? null,
    lastSeenAt: lock.updateDate && !Number.isNaN(Date.parse(lock.updateDate)) ? new Date(lock.updateDate).toISOString() : null,
  };
}

/** The lock's link to Nuki in words (`t` of the `locks` namespace). */
export const serverStateWords = (state: ServerState, t: Translate) => t(`serverState.${state}`);

/** The model the API names (`modelName`) in the host's language: product names stay as they are. */
export function modelWords(model: string, t: Translate): string {
  if (model === MODELS[4]) return t("model.smartLock3");
  const other = /^Nuki device \(type (-?\d+)\)$/.exec(model);
  return other ? t("model.other", { type: Number(other[1]) }) : model;
}

/** The lock and door state as the API words them ("locked · door closed"), in the host's language. */
export function stateWords(lock: Pick<Lock, "lockState" | "doorState">, t: Translate): string {
  const lockKey = lock.lockState ? LOCK_STATE_KEYS.get(lock.lockState) : undefined;
  const doorKey = lock.doorState ? DOOR_STATE_KEYS.get(lock.doorState) : undefined;
  return [lockKey ? t(`lockState.${lockKey}`) : lock.lockState, doorKey ? t(`doorState.${doorKey}`) : lock.doorState].filter(Boolean).join(" · ");
}

/** What the lock's link to Nuki means for its PINs, in the host's words; null when it is online. */
export function connectionWarning(lock: Pick<Lock, "online" | "serverState">, t: Translate): string | null {
  if (lock.serverState === "offline") return t("backOnline");
  return lock.online ? null : t("mayNotReach", { state: serverStateWords(lock.serverState, t) });
}

/** What a lock's condition means for its PINs, in the host's words; empty when nothing stands in the way. */
export function pinWarnings(lock: Pick<Lock, "keypad" | "online" | "serverState">, t: Translate): string[] {
  const connection = connectionWarning(lock, t);
  return [...(lock.keypad.paired ? [] : [t("noKeypad")]), ...(connection ? [connection] : [])];
}
