import "server-only";
import type { PinRecord } from "@/lib/ledger/ledger";
import type { Pin } from "@/lib/pins/types";
import { translateIn } from "@/lib/i18n/translate";
import { deletingWords, writeProgress, type WriteContext } from "@/lib/pins/write-progress";
import type { ListedPin, Matched } from "./match";

/**
 * The API's `statusReason` for a write on its way, in English: the engine's view is shared by every
 * request. The PIN row words it again from `write`, in the host's language ("pins" namespace).
 */
const REASONS = translateIn("en", "pins");

function managedPin(record: PinRecord, actual: ListedPin | undefined, progress?: WriteContext): Pin | null {
  if (record.status === "gone") return null;
  const fields = record.desired ?? actual;
  if (!fields) return null;
  const lastUsedAt = actual?.lastUsedAt ?? null;
  const base = { ...fields, id: record.id, lastUsedAt, managed: true };
  if (!record.desired) {
    const failed = record.status === "failed";
    const deleting: Pin = { ...base, status: failed ? "failed" : "deleting", statusReason: failed ? (record.reason ?? undefined) : deletingWords(undefined, REASONS) };
    if (!failed && progress) {
      const { write } = writeProgress(record, progress, REASONS);
      Object.assign(deleting, { write, statusReason: deletingWords(write, REASONS) });
    }
    return deleting;
  }
  const pin: Pin = { ...base, status: record.status === "deleting" ? "deleting" : record.status, statusReason: record.reason ?? undefined };
  if (record.status === "drifted" && record.drift) pin.drift = record.drift;
  if (record.status === "pending" && progress) {
    const { write, reason } = writeProgress(record, progress, REASONS);
    pin.write = write;
    pin.statusReason = reason;
  }
  return pin;
}

/** The lock's PINs as the host sees them: managed ones as the host set them, with their status, then the rest. */
export function pinsView(records: PinRecord[], matched: Matched, progress?: WriteContext): Pin[] {
  const actualFor = new Map(matched.pairs.map((p) => [p.record.id, p.actual]));
  const managed = records.map((r) => managedPin(r, actualFor.get(r.id), progress)).filter((p): p is Pin => p !== null);
  const unmanaged: Pin[] = matched.unmanaged.map((p) => ({ ...p, status: "unmanaged", managed: false }));
  return [...managed, ...unmanaged];
}
