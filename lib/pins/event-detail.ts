import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/types";
import { changeSentence, type PinChange } from "./change-words";
import { driftParts } from "./drift-summary";
import type { ClockGap } from "./nuki-mapping";
import { reasonWords } from "./status-reason";
import type { Drift, DriftField } from "./types";

/**
 * How one write to Nuki went, as the engine notes it for an attempt: accepted; no answer (timed out,
 * not reached, or another reason `said`); busy on an earlier change; answered with an error `status`
 * (none: a response Keyhost could not read) and retried; the PIN gone; the code already there from an
 * earlier attempt; refused (Nuki's words `said`, or a time the clocks skip, `gap`).
 */
export type AttemptResult =
  | { result: "accepted" | "timeout" | "unreachable" | "locked" | "notFound" | "codeHeld" }
  | { result: "noAnswer" | "refused"; said: string }
  | { result: "busy"; status: number | null }
  | { result: "clockGap"; gap: ClockGap };

/**
 * What Keyhost notes about a PIN in its history, kept as values rather than as a sentence: the ledger
 * keeps it for good, and it must read in whichever language the host has when it is shown.
 */
export type StoredDetail =
  | { key: "create" | "delete" | "adopted"; name: string }
  | { key: "repairing" }
  | { key: "changes"; changes: PinChange[]; year: number }
  | { key: "kept"; drift: Drift[] }
  /** Drift the engine saw (the fields only, never what the lock holds), and whether it repairs it at once. */
  | { key: "seen"; fields: DriftField[]; repairing: boolean }
  | { key: "matchesAgain" | "listed" | "unlisted" | "autoRepair" | "duplicate" }
  | ({ key: "attempt"; n: number } & AttemptResult);

/** Marks a detail kept as values; a detail without it is a sentence written before, shown as it is. */
const MARK = "keyhost:";

/** The ledger's form of a detail. A kept code's digits are left out: the history never spells one out. */
export function storeDetail(detail: StoredDetail): string {
  const safe = detail.key === "kept" ? { ...detail, drift: detail.drift.map((d) => (d.field === "code" ? { field: d.field, wanted: null, actual: null } : d)) } : detail;
  return `${MARK}${JSON.stringify(safe)}`;
}

function readDetail(stored: string): StoredDetail | null {
  if (!stored.startsWith(MARK)) return null;
  try {
    const value = JSON.parse(stored.slice(MARK.length)) as StoredDetail;
    return value && typeof value === "object" && typeof value.key === "string" ? value : null;
  } catch {
    return null;
  }
}

/**
 * An event's detail in the host's language (`t` speaks "pins"): Keyhost's own notes are put in words
 * here; a sentence stored before, or one the engine wrote, is shown as it is.
 */
export function detailWords(stored: string | null, t: Translate, locale: Locale): string | null {
  if (stored === null) return null;
  const detail = readDetail(stored);
  // A failure's detail is the PIN's reason as the ledger keeps it (a key, or a sentence from before keys).
  if (!detail) return reasonWords(stored, t);
  switch (detail.key) {
    case "create":
      return t("detail.create", { name: detail.name });
    case "delete":
      return t("detail.delete", { name: detail.name });
    case "adopted":
      return t("detail.adopted", { name: detail.name });
    case "repairing":
      return t("detail.repairing");
    case "changes":
      return changeSentence(detail.changes, detail.year, t, locale);
    case "kept": {
      const parts = detail.drift.some((d) => d.field === "missing") ? [t("drift.missing")] : driftParts(detail.drift, t, locale);
      return t("detail.kept", { changes: parts.length ? parts.join(", ") : t("detail.noDifference") });
    }
    case "seen": {
      const parts = detail.fields.map((field) => (field === "missing" ? t("detail.missingFromLock") : t("detail.fieldDiffers", { field })));
      return t(detail.repairing ? "detail.seenRepairing" : "detail.seen", { changes: parts.join(", ") });
    }
    case "matchesAgain":
      return t("detail.matchesAgain");
    case "listed":
      return t("detail.listed");
    case "unlisted":
      return t("detail.unlisted");
    case "autoRepair":
      return t("detail.autoRepair");
    case "duplicate":
      return t("detail.duplicate");
    case "attempt":
      return attemptWords(detail, t) ?? stored;
    default:
      return stored;
  }
}

/** One attempt's line: "Attempt 2: Nuki answered 503; trying again shortly." Null for a result this code does not know. */
function attemptWords(detail: { n: number } & AttemptResult, t: Translate): string | null {
  const n = detail.n;
  switch (detail.result) {
    case "accepted":
      return t("detail.attempt.accepted", { n });
    case "timeout":
      return t("detail.attempt.timeout", { n });
    case "unreachable":
      return t("detail.attempt.unreachable", { n });
    case "noAnswer":
      return t("detail.attempt.noAnswer", { n, said: detail.said });
    case "locked":
      return t("detail.attempt.locked", { n });
    case "busy":
      return detail.status === null ? t("detail.attempt.busyUnread", { n }) : t("detail.attempt.busy", { n, status: String(detail.status) });
    case "notFound":
      return t("detail.attempt.notFound", { n });
    case "codeHeld":
      return t("detail.attempt.codeHeld", { n });
    case "refused":
      return t("detail.attempt.refused", { n, said: detail.said });
    case "clockGap":
      return t("detail.attempt.clockGap", { n, ...detail.gap });
    default:
      return null;
  }
}
