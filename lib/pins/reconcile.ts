import type { ExpectedPin, PendingWrite } from "./pending-write";
import { EXPECTED_FIELDS, pendingPinId } from "./pending-write";
import type { Pin } from "./types";

type ListedPin = Omit<Pin, "status" | "statusReason">;

export function matchesExpected(pin: ListedPin, expected: ExpectedPin): boolean {
  return EXPECTED_FIELDS.every((key) => JSON.stringify(pin[key]) === JSON.stringify(expected[key]));
}

export interface Reconciled {
  pins: Pin[];
  /** Writes now seen in Nuki's listing: forget them. */
  confirmed: string[];
  /** Writes whose wait ran out just now: record why. */
  failed: { opId: string; reason: string }[];
}

const TIMEOUT_REASONS = {
  create: "Nuki accepted this PIN but has not shown it on the lock. The lock may be offline or Nuki may have dropped it.",
  update: "Nuki accepted this change but still lists the old values. The lock may be offline or Nuki may have dropped it.",
  delete: "Nuki accepted the deletion but still lists this PIN, so it may still open the door.",
};

/**
 * Lays the writes Keyhost is waiting for over Nuki's listing: a create is found by name and
 * code (Nuki gives it no id), an update when every field matches, a delete when the auth is gone.
 */
export function reconcile(listed: ListedPin[], writes: PendingWrite[], now: number): Reconciled {
  const confirmed: string[] = [];
  const failed: Reconciled["failed"] = [];
  const byId = new Map(listed.map((p) => [p.id, { ...p, status: "saved" } as Pin]));
  const claimed = new Set<string>();
  const extra: Pin[] = [];

  const unconfirmed = (w: PendingWrite): Pick<Pin, "status" | "statusReason"> => {
    if (w.failedReason) return { status: "failed", statusReason: w.failedReason };
    if (now >= w.deadline) {
      failed.push({ opId: w.opId, reason: TIMEOUT_REASONS[w.kind] });
      return { status: "failed", statusReason: TIMEOUT_REASONS[w.kind] };
    }
    return { status: "pending", statusReason: w.kind === "delete" ? "Deleting from the lock…" : undefined };
  };

  for (const w of writes) {
    if (w.kind === "create" && w.expected) {
      const expected = w.expected;
      const found = listed.find((p) => !claimed.has(p.id) && p.name === expected.name && p.code === expected.code);
      if (found) {
        claimed.add(found.id);
        confirmed.push(w.opId);
      } else {
        extra.push({ id: pendingPinId(w.opId), ...expected, lastUsedAt: null, ...unconfirmed(w) });
      }
      continue;
    }
    const current = w.authId ? byId.get(w.authId) : undefined;
    if (w.kind === "delete") {
      if (!current) confirmed.push(w.opId);
      else Object.assign(current, unconfirmed(w));
    } else if (w.expected) {
      if (!current) {
        confirmed.push(w.opId); // deleted elsewhere: nothing left to wait for
      } else if (matchesExpected(current, w.expected)) {
        confirmed.push(w.opId);
      } else {
        // Show what the host asked for, marked as not yet on the lock.
        Object.assign(current, w.expected, unconfirmed(w));
      }
    }
  }
  return { pins: [...byId.values(), ...extra], confirmed, failed };
}
