import type { NukiSmartlock } from "@/lib/nuki/schemas";
import { zoneForTimezoneId } from "@/lib/time/zones";
import type { Lock, ServerState } from "./types";
import { NO_KEYPAD } from "./wording";

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

export const SERVER_STATE_LABELS: Record<ServerState, string> = {
  ok: "Online",
  unregistered: "Not registered with Nuki",
  authUuidInvalid: "Authorisation invalid (UUID)",
  authInvalid: "Authorisation invalid",
  offline: "Offline",
  unknown: "Unknown connection state",
};

const LOCK_STATES: Record<number, string> = {
  0: "uncalibrated",
  1: "locked",
  2: "unlocking",
  3: "unlocked",
  4: "locking",
  5: "unlatched",
  6: "unlocked (lock ‘n’ go)",
  7: "unlatching",
  254: "motor blocked",
};

const DOOR_STATES: Record<number, string> = {
  1: "door sensor off",
  2: "door closed",
  3: "door open",
  4: "door state unknown",
  5: "door sensor calibrating",
  16: "door sensor uncalibrated",
  240: "door sensor removed",
};

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
    lockState: LOCK_STATES[lock.state?.state ?? -1] ?? null,
    doorState: DOOR_STATES[lock.state?.doorState ?? -1] ?? null,
    lastSeenAt: lock.updateDate && !Number.isNaN(Date.parse(lock.updateDate)) ? new Date(lock.updateDate).toISOString() : null,
  };
}

/** What the lock's link to Nuki means for its PINs, in the host's words; null when it is online. */
export function connectionWarning(lock: Pick<Lock, "online" | "serverState">): string | null {
  if (lock.serverState === "offline") return "Changes will apply when the lock is back online.";
  return lock.online ? null : `${SERVER_STATE_LABELS[lock.serverState]}: changes may not reach the lock.`;
}

/** What a lock's condition means for its PINs, in the host's words; empty when nothing stands in the way. */
export function pinWarnings(lock: Pick<Lock, "keypad" | "online" | "serverState">): string[] {
  const connection = connectionWarning(lock);
  return [...(lock.keypad.paired ? [] : [NO_KEYPAD]), ...(connection ? [connection] : [])];
}
