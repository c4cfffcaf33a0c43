import "server-only";
import type { PinRecord } from "@/lib/ledger/ledger";
import type { Pin } from "@/lib/pins/types";
import type { ListedPin, Matched } from "./match";

const DELETING = "Deleting from the lock…";

function managedPin(record: PinRecord, actual: ListedPin | undefined): Pin | null {
  if (record.status === "gone") return null;
  const fields = record.desired ?? actual;
  if (!fields) return null;
  const lastUsedAt = actual?.lastUsedAt ?? null;
  const base = { ...fields, id: record.id, lastUsedAt, managed: true };
  if (!record.desired) {
    const failed = record.status === "failed";
    return { ...base, status: failed ? "failed" : "deleting", statusReason: failed ? (record.reason ?? undefined) : DELETING };
  }
  const pin: Pin = { ...base, status: record.status === "deleting" ? "deleting" : record.status, statusReason: record.reason ?? undefined };
  if (record.status === "drifted" && record.drift) pin.drift = record.drift;
  return pin;
}

/** The lock's PINs as the host sees them: managed ones as the host set them, with their status, then the rest. */
export function pinsView(records: PinRecord[], matched: Matched): Pin[] {
  const actualFor = new Map(matched.pairs.map((p) => [p.record.id, p.actual]));
  const managed = records.map((r) => managedPin(r, actualFor.get(r.id))).filter((p): p is Pin => p !== null);
  const unmanaged: Pin[] = matched.unmanaged.map((p) => ({ ...p, status: "unmanaged", managed: false }));
  return [...managed, ...unmanaged];
}
