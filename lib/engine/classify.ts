import "server-only";
import type { PinRecord } from "@/lib/ledger/ledger";
import { PIN_FIELDS } from "@/lib/pins/types";
import type { PinState } from "@/lib/pins/schema";
import type { Drift } from "@/lib/pins/types";
import type { ListedPin } from "./match";
import { nextConfirmCheck } from "./schedule";
import { storedReason } from "@/lib/pins/status-reason";

export interface Policy {
  /** How long one accepted write may stay unseen in Nuki's listing before it is sent again. */
  confirmWindowMs: number;
  /** Writes sent for one desired state before giving up and showing it as failed. */
  maxAttempts: number;
  /** How often a settled PIN is compared with Nuki's listing. */
  auditEveryMs: number;
  autoRepair: boolean;
}

export interface LockFacts {
  online: boolean;
  keypadPaired: boolean;
}

export type Decision =
  | { kind: "saved"; authId: string; confirmed: boolean }
  | { kind: "gone" }
  | { kind: "wait"; nextCheckAt: number; reason?: string | null }
  /** `drift` is set when the write repairs a saved PIN that someone changed on the lock. */
  | { kind: "send"; write: "create" | "update" | "delete"; drift?: Drift[] }
  | { kind: "failed"; reason: string; nextCheckAt: number }
  | { kind: "drifted"; drift: Drift[]; nextCheckAt: number };

/** Why a PIN failed, as the ledger keeps it: a key and values, worded where it is shown. */
export const REASONS = {
  offline: storedReason("offline"),
  noKeypad: storedReason("noKeypad"),
  create: (n: number) => storedReason("createUnseen", { count: n }),
  update: (n: number) => storedReason("updateUnseen", { count: n }),
  delete: (n: number) => storedReason("deleteUnseen", { count: n }),
} as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Field by field, what the lock has that the host did not set. */
export function driftBetween(desired: PinState, actual: ListedPin | undefined): Drift[] {
  if (!actual) return [{ field: "missing", wanted: desired.name, actual: null }];
  return PIN_FIELDS.filter((key) => !same(desired[key], actual[key])).map((field) => ({ field, wanted: desired[field], actual: actual[field] }));
}

/**
 * What to do with one managed PIN, given what Nuki lists now. Pure: the engine and every page
 * view use it, and its answers are what the tests pin down.
 */
export function classify(record: PinRecord, actual: ListedPin | undefined, lock: LockFacts, policy: Policy, now: number): Decision {
  const inWindow = record.sentAt !== null && now < record.sentAt + policy.confirmWindowMs;
  const waitForWrite = (): Decision => ({ kind: "wait", nextCheckAt: nextConfirmCheck(record.sentAt!, now, policy.confirmWindowMs) });
  const slowLook = now + Math.min(policy.auditEveryMs, 30_000);

  if (!record.desired) {
    if (!actual) return { kind: "gone" };
    if (inWindow) return waitForWrite();
    if (!lock.online && record.attempts > 0) return { kind: "failed", reason: REASONS.offline, nextCheckAt: slowLook };
    if (record.attempts >= policy.maxAttempts) return { kind: "failed", reason: REASONS.delete(record.attempts), nextCheckAt: slowLook };
    return { kind: "send", write: "delete" };
  }

  const drift = driftBetween(record.desired, actual);
  if (actual && drift.length === 0) return { kind: "saved", authId: actual.id, confirmed: record.status !== "saved" };

  // Once saved, a difference nobody in Keyhost asked for is drift, not a write still landing.
  if ((record.status === "saved" || record.status === "drifted") && record.sentAt === null) {
    if (policy.autoRepair && lock.keypadPaired) return { kind: "send", write: actual ? "update" : "create", drift };
    return { kind: "drifted", drift, nextCheckAt: now + policy.auditEveryMs };
  }
  if (!lock.keypadPaired) return { kind: "failed", reason: REASONS.noKeypad, nextCheckAt: slowLook };
  if (inWindow) return waitForWrite();
  if (record.status === "failed" && record.attempts >= policy.maxAttempts) {
    return { kind: "failed", reason: record.reason ?? REASONS.create(record.attempts), nextCheckAt: slowLook };
  }
  if (!lock.online && record.attempts > 0) return { kind: "failed", reason: REASONS.offline, nextCheckAt: slowLook };
  if (record.attempts >= policy.maxAttempts) {
    const reason = actual ? REASONS.update(record.attempts) : REASONS.create(record.attempts);
    return { kind: "failed", reason, nextCheckAt: slowLook };
  }
  return { kind: "send", write: actual ? "update" : "create" };
}
