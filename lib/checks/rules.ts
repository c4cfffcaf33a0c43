import type { CheckProblem, CheckProblemKind } from "./types";

/** Hours before check-in a stay's doors are checked when the property sets nothing else. */
export const DEFAULT_CHECK_HOURS: readonly number[] = [24, 2];
/** Only problems threatening an arrival this soon are sent to the host by e-mail. */
export const ALERT_HORIZON_MS = 24 * 3_600_000;
/** A check at most a week ahead: the runner looks at stays arriving within this many hours. */
export const MAX_CHECK_HOURS = 168;
/** Each check reads Nuki for the account: a few per stay say enough. */
export const MAX_CHECKS = 4;

const HOUR = 3_600_000;

/** "24,2" as stored → [24, 2]; anything unreadable → the default. */
export function parseCheckHours(stored: string | null | undefined): number[] {
  if (!stored) return [...DEFAULT_CHECK_HOURS];
  const hours = stored.split(",").map(Number).filter((h) => Number.isInteger(h) && h >= 1 && h <= MAX_CHECK_HOURS);
  return hours.length ? [...new Set(hours)].sort((a, b) => b - a) : [...DEFAULT_CHECK_HOURS];
}

/** The check set for now: the latest check time already reached before check-in, or null (none yet, or check-in passed). */
export function dueCheck(checkIn: Date, hours: readonly number[], now: Date): { hoursBefore: number; dueAt: Date } | null {
  if (now.getTime() >= checkIn.getTime()) return null;
  const reached = [...hours].sort((a, b) => a - b).find((h) => checkIn.getTime() - h * HOUR <= now.getTime());
  return reached === undefined ? null : { hoursBefore: reached, dueAt: new Date(checkIn.getTime() - reached * HOUR) };
}

export const checkLabel = (hoursBefore: number) => `${hoursBefore} h before check-in`;

const lockPath = (lockId: number) => `/locks/${lockId}`;

const WORDS: Record<CheckProblemKind, (lock: string) => { title: string; fix: string }> = {
  code_missing: (lock) => ({ title: `The guest's code is not on ${lock}.`, fix: "Open the door and add a code for the guest there." }),
  code_failed: (lock) => ({ title: `The guest's code could not be saved on ${lock}.`, fix: "Open the door and press Retry on the guest's code." }),
  code_changed: (lock) => ({ title: `The guest's code was changed or removed on ${lock} in the Nuki app.`, fix: "Open the door and press Repair on the guest's code." }),
  code_waiting: (lock) => ({ title: `The guest's code is not on ${lock} yet: Nuki has not applied it.`, fix: "Open the door and check the code is saved; press Sync if it still waits." }),
  offline: (lock) => ({ title: `${lock} is offline, so the guest's code cannot reach it or be changed.`, fix: "Check the lock's power and its Wi-Fi or bridge until it is online again." }),
  battery: (lock) => ({ title: `${lock}: the lock's battery is critical and it may stop opening.`, fix: "Replace or charge the lock's batteries." }),
  keypad_battery: (lock) => ({ title: `${lock}: the keypad's battery is critical, so the guest may not be able to type the code.`, fix: "Replace the keypad's batteries." }),
  no_keypad: (lock) => ({ title: `${lock} has no keypad paired, so the guest cannot type a code there.`, fix: "Pair the keypad with the lock in the Nuki app." }),
};

export function describeProblem(kind: CheckProblemKind, lockId: number, lockName: string): CheckProblem {
  return { kind, lockId, lockName, ...WORDS[kind](lockName), fixPath: lockPath(lockId) };
}

/** A door as Today judges it (`DoorReadiness` in lib/today): the facts a check reads. */
export interface DoorFacts {
  lockId: number;
  lockName: string;
  status: string;
  codeSaved: boolean;
  online: boolean;
  batteryOk: boolean;
  keypadBatteryOk: boolean;
  keypadPaired: boolean;
}

/** What keeps one door from being ready, by Today's readiness of that door; nothing for a ready door. */
export function doorProblems(door: DoorFacts): CheckProblem[] {
  const kinds: CheckProblemKind[] = [];
  if (!door.keypadPaired) kinds.push("no_keypad");
  if (door.status === "no_pin" || door.status === "gone") {
    if (door.keypadPaired) kinds.push("code_missing");
  } else if (door.status === "failed") kinds.push("code_failed");
  else if (door.status === "drifted") kinds.push("code_changed");
  // An offline lock is why a code waits: one problem, with the step that fixes both.
  else if (!door.codeSaved && door.online) kinds.push("code_waiting");
  if (!door.online) kinds.push("offline");
  if (!door.batteryOk) kinds.push("battery");
  if (!door.keypadBatteryOk && door.keypadPaired) kinds.push("keypad_battery");
  return kinds.map((kind) => describeProblem(kind, door.lockId, door.lockName));
}

/** The same problem on the same door of the same stay: one alert, however often it is found. */
export const problemKey = (problem: Pick<CheckProblem, "lockId" | "kind">) => `${problem.lockId}:${problem.kind}`;
