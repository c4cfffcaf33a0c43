/**
 * What can stand between an arriving guest and a door, found by a pre-arrival check:
 * code_missing: the door has no code for the stay · code_failed: Nuki did not apply it ·
 * code_changed: changed or removed in the Nuki app · code_waiting: not on the lock yet ·
 * offline · battery: the lock's battery is critical · keypad_battery · no_keypad: no keypad paired.
 */
export type CheckProblemKind = "code_missing" | "code_failed" | "code_changed" | "code_waiting" | "offline" | "battery" | "keypad_battery" | "no_keypad";

/** One problem on one door, in the host's words, with the one step that fixes it. Never holds a code. */
export interface CheckProblem {
  kind: CheckProblemKind;
  lockId: number;
  lockName: string;
  /** What is wrong, one sentence. */
  title: string;
  /** The one step that fixes it. */
  fix: string;
  /** Where that step is taken (an app path, e.g. `/locks/123`). */
  fixPath: string;
}

/** The outcome of one pre-arrival check of a stay: what was found at the time of the check. */
export interface StayCheck {
  /** The time the check was set for. */
  dueAt: string;
  hoursBefore: number;
  /** When it ran; null while it is running. */
  checkedAt: string | null;
  problems: CheckProblem[];
}

/** A stay's checks, latest first, and whether a problem found is still open (as last seen by Keyhost). */
export interface StayChecks {
  checks: StayCheck[];
  /** Problems found by a check that have not cleared since. */
  open: CheckProblem[];
}
