import "server-only";
import type { PinRecord } from "@/lib/ledger/ledger";
import type { Pin } from "@/lib/pins/types";
import type { Locale } from "@/lib/i18n/config";
import { translateIn } from "@/lib/i18n/translate";
import type { Translate } from "@/lib/i18n/types";
import { reasonWords } from "@/lib/pins/status-reason";
import { deletingWords, writeProgress, type WriteContext } from "@/lib/pins/write-progress";
import type { ListedPin, Matched } from "./match";

/** The ledger's reason (a stored key, or a sentence from before keys) in words. */
const reasonIn = (reason: string | null, t: Translate): string | undefined => (reason === null ? undefined : reasonWords(reason, t));

function managedPin(record: PinRecord, actual: ListedPin | undefined, t: Translate, progress?: WriteContext): Pin | null {
  if (record.status === "gone") return null;
  const fields = record.desired ?? actual;
  if (!fields) return null;
  const lastUsedAt = actual?.lastUsedAt ?? null;
  const base = { ...fields, id: record.id, lastUsedAt, managed: true };
  if (!record.desired) {
    const failed = record.status === "failed";
    const deleting: Pin = { ...base, status: failed ? "failed" : "deleting", statusReason: failed ? reasonIn(record.reason, t) : deletingWords(undefined, t) };
    if (!failed && progress) {
      const { write } = writeProgress(record, progress, t);
      Object.assign(deleting, { write, statusReason: deletingWords(write, t) });
    }
    return deleting;
  }
  const pin: Pin = { ...base, status: record.status === "deleting" ? "deleting" : record.status, statusReason: reasonIn(record.reason, t) };
  if (record.status === "drifted" && record.drift) pin.drift = record.drift;
  if (record.status === "pending" && progress) {
    const { write, reason } = writeProgress(record, progress, t);
    pin.write = write;
    pin.statusReason = reason;
  }
  return pin;
}

/**
 * The lock's PINs as the host sees them: managed ones as the host set them, with their status, then
 * the rest. `statusReason` is worded in `locale`, the language of the request (English for the engine
 * and callers that do not say); the PIN row words a write on its way again from `write`.
 */
export function pinsView(records: PinRecord[], matched: Matched, progress?: WriteContext, locale: Locale = "en"): Pin[] {
  const t = translateIn(locale, "pins");
  const actualFor = new Map(matched.pairs.map((p) => [p.record.id, p.actual]));
  const managed = records.map((r) => managedPin(r, actualFor.get(r.id), t, progress)).filter((p): p is Pin => p !== null);
  const unmanaged: Pin[] = matched.unmanaged.map((p) => ({ ...p, status: "unmanaged", managed: false }));
  return [...managed, ...unmanaged];
}
