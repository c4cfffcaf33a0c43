import { storedMessage, storedText, type StoredValues } from "@/lib/i18n/stored-text";
import type { Translate } from "@/lib/i18n/types";

/** Why a PIN failed or waits, as the "pins" catalog names it under `reason.` */
export type ReasonKey =
  | "offline"
  | "noKeypad"
  | "createUnseen"
  | "updateUnseen"
  | "deleteUnseen"
  | "codeOnLock"
  | "refusedName"
  | "refusedNameSaid"
  | "refused"
  | "refusedSaid"
  | "lockGone";

/**
 * A PIN's reason as the ledger keeps it: a key of the "pins" catalog and its values (the
 * `storedMessage` form of lib/calendar/stored-text), so it reads in whichever language it is shown in.
 */
export const storedReason = (key: ReasonKey, values?: StoredValues): string => storedMessage(`pins.reason.${key}`, values);

/** The reason kept while Nuki answers 429 or 5xx and the engine tries again: the same words as that wait. */
export const NUKI_BUSY_REASON = storedMessage("pins.wait.nukiBusy");

/** A PIN's stored reason in words (`t` speaks "pins"); a reason stored as a sentence before keys is shown as it is. */
export const reasonWords = (stored: string, t: Translate): string => storedText(stored, { pins: t });
