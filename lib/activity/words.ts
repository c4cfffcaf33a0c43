import type { NukiLog } from "@/lib/nuki/schemas";
import type { EntryKind } from "./types";

/** Nuki's log vocabulary (SmartlockLog in the Web API spec), in words a host reads. */
const ACTIONS: Record<number, string> = {
  1: "unlock", 2: "lock", 3: "unlatch", 4: "lock 'n' go", 5: "lock 'n' go with unlatch",
  208: "door ajar warning", 209: "door status mismatch", 224: "doorbell", 240: "door opened", 241: "door closed",
  242: "door sensor jammed", 243: "firmware update", 250: "door log enabled", 251: "door log disabled",
  252: "initialisation", 253: "calibration", 254: "log enabled", 255: "log disabled",
};
const TRIGGERS: Record<number, string> = { 0: "system", 1: "manual", 2: "button", 3: "automatic", 4: "web", 5: "app", 6: "auto lock", 7: "accessory", 255: "keypad" };

export const KEYPAD_TRIGGER = 255;
export const KEYPAD_SOURCE = 1;
/** The lock's completion state for a code the keypad refused (0xE0); see the simulator notes in docs/simulator.md. */
export const WRONG_CODE_STATE = 224;
const OPENING_ACTIONS = new Set([1, 3, 4, 5]);

export const actionWord = (action: number) => ACTIONS[action] ?? `action ${action}`;
export const triggerWord = (trigger: number) => TRIGGERS[trigger] ?? `trigger ${trigger}`;

/** Typed on the keypad (the trigger, or the source on locks that log the source instead). */
export function isKeypadLog(log: NukiLog): boolean {
  return log.trigger === KEYPAD_TRIGGER || log.source === KEYPAD_SOURCE;
}

/** An opening by a known code, a refused code, or any other keypad event (e.g. a motor blocked). */
export function entryKind(log: NukiLog): EntryKind {
  if (log.state === WRONG_CODE_STATE) return "wrong_code";
  if (log.state === 0 && OPENING_ACTIONS.has(log.action) && log.authId) return "entry";
  return "other";
}
