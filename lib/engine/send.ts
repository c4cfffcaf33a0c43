import "server-only";
import type { Ledger, NewEvent, PinRecord } from "@/lib/ledger/ledger";
import type { NukiClient } from "@/lib/nuki/client";
import { NO_ANSWER, NukiError } from "@/lib/nuki/errors";
import { storeDetail, type AttemptResult } from "@/lib/pins/event-detail";
import { nukiPayloadFromPin, type ClockGap } from "@/lib/pins/nuki-mapping";
import { NUKI_BUSY_REASON } from "@/lib/pins/status-reason";
import type { LockData } from "./lock-data";
import { explainRefusal } from "./refusal";
import { nextConfirmCheck, retryDelay } from "./schedule";

export interface SendContext {
  ledger: Ledger;
  nuki: NukiClient;
  now: () => number;
  random: () => number;
  owner: string;
  confirmWindowMs: number;
  maxAttempts: number;
  actor: string;
}

export type SendOutcome =
  | { kind: "sent" }
  /** Nuki said no: nothing to retry until the host changes something. */
  | { kind: "refused"; error: NukiError }
  | { kind: "later" }
  | { kind: "busy" };

const LOCK_LEASE_MS = 30_000;

/**
 * Sends one write for a managed PIN, at most one at a time per PIN (a lease, so also across app
 * instances), records the attempt and what it means for the PIN, and never throws for Nuki's
 * answers except a rejected token.
 */
export async function sendWrite(ctx: SendContext, record: PinRecord, write: "create" | "update" | "delete", lock: LockData): Promise<SendOutcome> {
  const { ledger, nuki } = ctx;
  if (!(await ledger.claim(record.id, ctx.owner, LOCK_LEASE_MS))) return { kind: "busy" };
  // A host's request and the background tick can both decide to send from what they read before
  // the lease; only one that still sees the record as it is may send, or Nuki gets the write twice.
  const current = await ledger.get(record.accountId, record.lockId, record.id);
  if (!current || !unchanged(record, current)) {
    await ledger.release(record.id, ctx.owner);
    return { kind: "busy" };
  }
  const base = { pinId: record.id, accountId: record.accountId, lockId: record.lockId, actor: ctx.actor, action: write };
  const attempts = record.attempts + 1;
  // A wall time the clocks skip is refused before Nuki is asked; the attempt's line says which.
  let gap: ClockGap | null = null;
  try {
    if (write === "delete") {
      await nuki.deleteAuth(lock.lockId, record.authId!);
    } else {
      const built = nukiPayloadFromPin(record.desired!, lock.zone, new Date(ctx.now()));
      if (!built.ok) {
        gap = built.values;
        throw new NukiError("invalid", built.message, 400, built.message);
      }
      if (write === "create") await nuki.createAuth(lock.lockId, built.payload);
      else await nuki.updateAuth(lock.lockId, record.authId!, built.payload);
    }
    const at = ctx.now();
    await ledger.event({ ...base, type: "attempt", httpStatus: 204, detail: storeDetail({ key: "attempt", n: attempts, result: "accepted" }) });
    await ledger.update(record.id, { attempts, sentAt: at, status: write === "delete" ? "deleting" : record.status === "deleting" ? "pending" : keepOpen(record), reason: null, nextCheckAt: nextConfirmCheck(at, at, ctx.confirmWindowMs) });
    return { kind: "sent" };
  } catch (error) {
    if (!(error instanceof NukiError) || error.kind === "unauthorized") throw error;
    return await afterError(ctx, record, write, error, attempts, base, gap);
  } finally {
    await ledger.release(record.id, ctx.owner);
  }
}

function unchanged(seen: PinRecord, current: PinRecord): boolean {
  return (
    seen.attempts === current.attempts &&
    seen.sentAt === current.sentAt &&
    seen.status === current.status &&
    JSON.stringify(seen.desired) === JSON.stringify(current.desired)
  );
}

/** A write to an open PIN keeps it waiting; a drifted one being repaired is pending again. */
function keepOpen(record: PinRecord): PinRecord["status"] {
  return record.status === "failed" || record.status === "drifted" || record.status === "saved" ? "pending" : record.status;
}

async function afterError(
  ctx: SendContext,
  record: PinRecord,
  write: "create" | "update" | "delete",
  error: NukiError,
  attempts: number,
  base: Omit<NewEvent, "type">,
  gap: ClockGap | null,
): Promise<SendOutcome> {
  const { ledger } = ctx;
  const now = ctx.now();
  const said = error.detail ?? error.message;
  const log = (result: AttemptResult) => ledger.event({ ...base, type: "attempt", httpStatus: error.status ?? null, detail: storeDetail({ key: "attempt", n: attempts, ...result }) });
  const status = write === "delete" ? "deleting" : keepOpen(record);

  // No answer: Nuki may have taken the write. Wait and look, as after a 204; a create is never sent blind.
  if (error.kind === "unavailable" && error.status === undefined) {
    await log(noAnswer(said));
    await ledger.update(record.id, { attempts, sentAt: now, status, nextCheckAt: nextConfirmCheck(now, now, ctx.confirmWindowMs) });
    return { kind: "later" };
  }
  if (error.kind === "locked") {
    await log({ result: "locked" });
    await ledger.update(record.id, { status, nextCheckAt: now + Math.max(2_000, (error.retryAfter ?? 0) * 1000) });
    return { kind: "later" };
  }
  if (error.kind === "rate_limited" || error.kind === "unavailable" || error.kind === "bad_response") {
    await log({ result: "busy", status: error.status ?? null });
    await ledger.update(record.id, { attempts, status, reason: NUKI_BUSY_REASON, nextCheckAt: now + retryDelay(attempts, error.retryAfter, ctx.random) });
    return { kind: "later" };
  }
  if (error.kind === "not_found" && write !== "create") {
    await log({ result: "notFound" });
    // Gone already: a delete is done; an update becomes a create on the next look.
    await ledger.update(record.id, write === "delete" ? { status: "gone", attempts, nextCheckAt: now } : { authId: null, attempts, nextCheckAt: now });
    return { kind: "later" };
  }
  if (error.kind === "conflict" && write === "create" && record.attempts > 0) {
    // An earlier create of this PIN probably landed: wait for it rather than create a second.
    await log({ result: "codeHeld" });
    await ledger.update(record.id, { attempts, sentAt: now, status, nextCheckAt: nextConfirmCheck(now, now, ctx.confirmWindowMs) });
    return { kind: "later" };
  }
  await log(gap ? { result: "clockGap", gap } : { result: "refused", said });
  await ledger.update(record.id, { attempts: ctx.maxAttempts, status: "failed", reason: refusalReason(error), nextCheckAt: now + 30_000 });
  return { kind: "refused", error };
}

/** No answer from Nuki: the client's own two sentences are kept as results, so they read in any language. */
function noAnswer(said: string): AttemptResult {
  if (said === NO_ANSWER.timeout) return { result: "timeout" };
  if (said === NO_ANSWER.unreachable) return { result: "unreachable" };
  return { result: "noAnswer", said };
}

/** The PIN's reason in the ledger after a refusal (a stored key): the same explanation the form gets. */
export const refusalReason = (error: NukiError): string => explainRefusal(error).reason;
