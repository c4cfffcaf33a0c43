import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { readStored, storedMessage, type StoredValues } from "@/lib/i18n/stored-text";
import { errorText, serverTranslator, type MessageValues } from "@/lib/i18n/translate";
import type { Pin } from "@/lib/pins/types";
import type { LockData } from "@/lib/engine/lock-data";
import type { StayDoorRow } from "./store";
import type { StayDoor } from "@/lib/stays/types";

/** Stored as a door's problem when its lock had no keypad at the time of the stay. */
export const NO_KEYPAD = "no_keypad";

/** Stored as a door's problem when Nuki could not be reached for its PIN. */
export const UNREACHABLE = "unreachable";

/**
 * Why Nuki refused a door's PIN, as stored on the door: the error's key and values (a stored
 * sentence, lib/i18n/stored-text), so the reason is read in the language of whoever looks at the
 * stay later. Rows written before this held an English sentence, which is shown as it is.
 */
export const refusalProblem = (key: string, values?: MessageValues): string =>
  storedMessage(key.includes(".") ? key : `errors.${key}`, values as StoredValues | undefined);

function problemText(problem: string, locale: Locale): string {
  if (problem === UNREACHABLE) return serverTranslator(locale, "stays")("door.unreachable");
  const stored = readStored(problem);
  if (!stored) return problem;
  // errorText takes an errors key bare, a validation or calendar key with its namespace.
  return errorText(locale, stored.key.replace(/^errors\./, ""), stored.values);
}

/** One door of a stay: its ledger PIN's status as the lock's PIN list shows it, or why it has none. */
export function doorView(row: StayDoorRow, lock: LockData | undefined, pins: Pin[], locale: Locale = "en"): StayDoor {
  const t = serverTranslator(locale, "stays");
  const base = {
    lockId: row.lockId,
    lockName: lock?.name ?? t("door.lockName", { id: String(row.lockId) }),
    timeZone: lock?.zone ?? "UTC",
    pinId: row.pinId,
    validFrom: null,
    validUntil: null,
  };
  if (row.problem === NO_KEYPAD) return { ...base, status: "no_keypad", statusReason: t("door.noKeypad") };
  if (row.problem !== null || !row.pinId) return { ...base, status: "refused", statusReason: row.problem === null ? t("door.noPin") : problemText(row.problem, locale) };
  if (!lock) return { ...base, status: "gone", statusReason: t("door.lockGone") };
  const pin = pins.find((p) => p.id === row.pinId);
  if (!pin) return { ...base, status: "gone", statusReason: t("door.pinGone") };
  return {
    ...base,
    status: pin.status === "unmanaged" ? "saved" : pin.status,
    ...(pin.statusReason ? { statusReason: pin.statusReason } : {}),
    validFrom: pin.validFrom,
    validUntil: pin.validUntil,
  };
}
