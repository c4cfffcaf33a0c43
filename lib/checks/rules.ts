import type { Translate } from "@/lib/i18n/types";
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

const lockPath = (lockId: number) => `/locks/${lockId}`;

/** Each problem's sentence and its one step in the `checks` catalog. */
const WORDS: Record<CheckProblemKind, readonly [title: string, fix: string]> = {
  code_missing: ["problem.codeMissing", "fix.codeMissing"],
  code_failed: ["problem.codeFailed", "fix.codeFailed"],
  code_changed: ["problem.codeChanged", "fix.codeChanged"],
  code_waiting: ["problem.codeWaiting", "fix.codeWaiting"],
  offline: ["problem.offline", "fix.offline"],
  battery: ["problem.battery", "fix.battery"],
  keypad_battery: ["problem.keypadBattery", "fix.keypadBattery"],
  no_keypad: ["problem.noKeypad", "fix.noKeypad"],
};

/**
 * What is wrong and the step that fixes it, in the language of `t` (the `checks` namespace's). A
 * problem is stored with its kind, so it is worded afresh wherever it is shown, in the reader's
 * language; its stored `title` and `fix` are only what the API answered at the time.
 */
export function problemWords(problem: Pick<CheckProblem, "kind" | "lockName">, t: Translate): { title: string; fix: string } {
  const [title, fix] = WORDS[problem.kind];
  return { title: t(title, { lock: problem.lockName }), fix: t(fix) };
}

export function describeProblem(kind: CheckProblemKind, lockId: number, lockName: string, t: Translate): CheckProblem {
  return { kind, lockId, lockName, ...problemWords({ kind, lockName }, t), fixPath: lockPath(lockId) };
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

/** What keeps one door from being ready, by Today's readiness of that door; nothing for a ready door. `t`: the `checks` namespace's. */
export function doorProblems(door: DoorFacts, t: Translate): CheckProblem[] {
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
  return kinds.map((kind) => describeProblem(kind, door.lockId, door.lockName, t));
}

/** The same problem on the same door of the same stay: one alert, however often it is found. */
export const problemKey = (problem: Pick<CheckProblem, "lockId" | "kind">) => `${problem.lockId}:${problem.kind}`;
