import "server-only";
import { getTimezoneOffset } from "date-fns-tz";
import type { PendingOperation, SimAccount, SimAuth, SimLock, SimLogEntry } from "./types";

/** Responses shaped per the spec's definitions (Smartlock, SmartlockAuth, MyAccount, SmartlockLog). */

/** A shallow copy without undefined fields (a plain loop: listings serialise thousands of these). */
function withoutUndefined<T extends object>(value: T): T {
  const copy: Record<string, unknown> = {};
  for (const key in value) {
    const field = value[key];
    if (field !== undefined) copy[key] = field;
  }
  return copy as T;
}

export function toMyAccount(account: SimAccount) {
  return { ...account };
}

export function toSmartlock(lock: SimLock, nowMs: number) {
  return {
    smartlockId: lock.smartlockId,
    accountId: lock.accountId,
    type: lock.type,
    authId: lock.authId,
    name: lock.name,
    favorite: lock.favorite,
    config: {
      name: lock.name,
      latitude: lock.latitude,
      longitude: lock.longitude,
      autoUnlatch: false,
      liftUpHandle: false,
      pairingEnabled: true,
      buttonEnabled: true,
      ledEnabled: true,
      ledBrightness: 3,
      // Deprecated but still sent (and required by the spec): the zone's current offset in minutes.
      timezoneOffset: Math.round(getTimezoneOffset(lock.zone, new Date(nowMs)) / 60_000),
      daylightSavingMode: 0,
      fobPaired: false,
      fobAction1: 1,
      fobAction2: 2,
      fobAction3: 0,
      singleLock: false,
      advertisingMode: 0,
      keypadPaired: lock.keypadPaired,
      keypad2Paired: lock.keypad2Paired,
      homekitState: lock.type === 4 ? 1 : 0,
      matterState: lock.type === 4 ? 2 : 0,
      timezoneId: lock.timezoneId,
      deviceType: lock.type,
      wifiEnabled: lock.type === 4,
    },
    state: {
      mode: 2,
      state: lock.state,
      trigger: 0,
      lastAction: 2,
      batteryCritical: lock.batteryCritical,
      batteryCharging: false,
      batteryCharge: lock.batteryCharge,
      keypadBatteryCritical: lock.keypadBatteryCritical,
      doorsensorBatteryCritical: false,
      doorState: lock.doorState,
      ringToOpenTimer: 0,
      nightMode: false,
    },
    firmwareVersion: lock.firmwareVersion,
    hardwareVersion: lock.hardwareVersion,
    serverState: lock.serverState,
    adminPinState: 0,
    virtualDevice: false,
    creationDate: lock.creationDate,
    updateDate: lock.updateDate,
    keyturner: lock.type === 0 || lock.type === 4,
    box: lock.type === 1,
    opener: lock.type === 2,
    smartDoor: lock.type === 3,
  };
}

/** An auth as listed; `operationId` is set while an update or delete on it is on its way to the lock. */
export function toSmartlockAuth(auth: SimAuth, pending?: PendingOperation) {
  const listed = withoutUndefined(auth) as SimAuth & { operationId?: string };
  if (pending) listed.operationId = pending.operationId;
  return listed;
}

export function toSmartlockLog(entry: SimLogEntry) {
  return withoutUndefined({ ...entry });
}
