import type { PendingOp, SimAuth, SimLock, SimLogEntry } from "./types";

const OFFSETS: Record<number, number> = { 12: -300, 36: 600, 37: 60, 40: 0, 42: 720 };

/** A lock as `GET /smartlock` lists it (Swagger `Smartlock`). */
export function lockJson(lock: SimLock) {
  return {
    smartlockId: lock.smartlockId,
    accountId: lock.accountId,
    type: lock.type,
    lmType: 0,
    authId: 1,
    name: lock.name,
    favorite: false,
    serverState: lock.serverState,
    adminPinState: 0,
    virtualDevice: false,
    firmwareVersion: 263170,
    hardwareVersion: 1538,
    creationDate: "2025-05-01T09:00:00.000Z",
    updateDate: "2026-11-01T09:00:00.000Z",
    config: {
      name: lock.name,
      latitude: 0,
      longitude: 0,
      autoUnlatch: false,
      pairingEnabled: true,
      buttonEnabled: true,
      ledEnabled: true,
      ledBrightness: 3,
      timezoneOffset: OFFSETS[lock.timezoneId] ?? 0,
      daylightSavingMode: 1,
      fobPaired: false,
      singleLock: false,
      operatingMode: 2,
      advertisingMode: 0,
      keypadPaired: lock.keypadPaired,
      keypad2Paired: lock.keypad2Paired,
      homekitState: 0,
      timezoneId: lock.timezoneId,
      deviceType: lock.type,
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
  };
}

/** An auth as listed (Swagger `SmartlockAuth`); `operationId` is the spec's ObjectId while a write is pending. */
export function authJson(auth: SimAuth, pending: PendingOp | undefined) {
  return {
    id: auth.id,
    smartlockId: auth.smartlockId,
    authId: auth.authId,
    code: auth.code,
    type: auth.type,
    name: auth.name,
    enabled: auth.enabled,
    remoteAllowed: auth.remoteAllowed,
    lockCount: 0,
    ...(auth.allowedFromDate ? { allowedFromDate: auth.allowedFromDate } : {}),
    ...(auth.allowedUntilDate ? { allowedUntilDate: auth.allowedUntilDate } : {}),
    allowedWeekDays: auth.allowedWeekDays,
    allowedFromTime: auth.allowedFromTime,
    allowedUntilTime: auth.allowedUntilTime,
    ...(auth.lastActiveDate ? { lastActiveDate: auth.lastActiveDate } : {}),
    creationDate: auth.creationDate,
    updateDate: auth.updateDate,
    authTypeAsString: "KEYPAD_CODE",
    ...(pending ? { operationId: { timestamp: Math.floor(pending.dueAt / 1000), date: new Date(pending.dueAt).toISOString() } } : {}),
  };
}

/** A log entry (Swagger `SmartlockLog`). */
export function logJson(entry: SimLogEntry) {
  return { ...entry, deviceType: 0, autoUnlock: false };
}
