import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/types";
import { changeSentence, type PinChange } from "./change-words";
import { driftParts } from "./drift-summary";
import { reasonWords } from "./status-reason";
import type { Drift } from "./types";

/**
 * What Keyhost notes about a PIN in its history, kept as values rather than as a sentence: the ledger
 * keeps it for good, and it must read in whichever language the host has when it is shown.
 */
export type StoredDetail =
  | { key: "create" | "delete" | "adopted"; name: string }
  | { key: "repairing" }
  | { key: "changes"; changes: PinChange[]; year: number }
  | { key: "kept"; drift: Drift[] };

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
    default:
      return stored;
  }
}
