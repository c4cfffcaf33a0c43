import type { Translate } from "@/lib/i18n/types";
import type { NukiLog } from "@/lib/nuki/schemas";
import type { EntryKind } from "./types";

/**
 * Nuki's log vocabulary (SmartlockLog in the Web API spec): each word's key in the `activity`
 * catalog, and the English words the API answers with.
 */
const ACTIONS: Record<number, readonly [key: string, words: string]> = {
  1: ["unlock", "unlock"], 2: ["lock", "lock"], 3: ["unlatch", "unlatch"], 4: ["lockNGo", "lock 'n' go"], 5: ["lockNGoUnlatch", "lock 'n' go with unlatch"],
  208: ["doorAjar", "door ajar warning"], 209: ["doorMismatch", "door status mismatch"], 224: ["doorbell", "doorbell"], 240: ["doorOpened", "door opened"], 241: ["doorClosed", "door closed"],
  242: ["doorSensorJammed", "door sensor jammed"], 243: ["firmwareUpdate", "firmware update"], 250: ["doorLogEnabled", "door log enabled"], 251: ["doorLogDisabled", "door log disabled"],
  252: ["initialisation", "initialisation"], 253: ["calibration", "calibration"], 254: ["logEnabled", "log enabled"], 255: ["logDisabled", "log disabled"],
};
const TRIGGERS: Record<number, readonly [key: string, words: string]> = {
  0: ["system", "system"], 1: ["manual", "manual"], 2: ["button", "button"], 3: ["automatic", "automatic"], 4: ["web", "web"], 5: ["app", "app"],
  6: ["autoLock", "auto lock"], 7: ["accessory", "accessory"], 255: ["keypad", "keypad"],
};
const ACTION_KEYS = new Map(Object.values(ACTIONS).map(([key, words]) => [words, key]));
const TRIGGER_KEYS = new Map(Object.values(TRIGGERS).map(([key, words]) => [words, key]));

export const KEYPAD_TRIGGER = 255;
export const KEYPAD_SOURCE = 1;
/** The lock's completion state for a code the keypad refused (0xE0); see the simulator notes in docs/simulator.md. */
export const WRONG_CODE_STATE = 224;
const OPENING_ACTIONS = new Set([1, 3, 4, 5]);

export const actionWord = (action: number) => ACTIONS[action]?.[1] ?? `action ${action}`;
export const triggerWord = (trigger: number) => TRIGGERS[trigger]?.[1] ?? `trigger ${trigger}`;

/** An entry's action, as the API words it (`actionWord`), in the host's language (`t` of `activity`). */
export function actionWords(words: string, t: Translate): string {
  const key = ACTION_KEYS.get(words);
  if (key) return t(`action.${key}`);
  const code = /^action (\d+)$/.exec(words)?.[1];
  return code ? t("action.other", { code }) : words;
}

/** An entry's trigger, as the API words it (`triggerWord`), in the host's language. */
export function triggerWords(words: string, t: Translate): string {
  const key = TRIGGER_KEYS.get(words);
  if (key) return t(`trigger.${key}`);
  const code = /^trigger (\d+)$/.exec(words)?.[1];
  return code ? t("trigger.other", { code }) : words;
}

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
