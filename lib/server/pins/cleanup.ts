import "server-only";
import { DomainError } from "@/lib/errors/domain-error";
import { loadAccountLocks, loadLock, type LockData } from "@/lib/engine/lock-data";
import { NukiError } from "@/lib/nuki/errors";
import { expiredPins } from "@/lib/pins/cleanup-rules";
import type { CleanupResult } from "@/lib/pins/types";
import { deletePin, type PinContext } from "./service";

async function deleteExpired(ctx: PinContext, lock: LockData, now: Date, afterDays: number, result: CleanupResult) {
  if (!lock.keypadPaired) return;
  const pins = await ctx.engine.view(ctx.nuki, ctx.accountId, lock, ctx.locale);
  const expired = expiredPins(pins, now, lock.zone, afterDays);
  for (const pin of expired) {
    try {
      // Through the PIN service, so each delete is in the ledger and an unmanaged PIN is adopted first.
      await deletePin(ctx, lock.lockId, pin.id);
      result.deleting.push(pin.id);
    } catch (error) {
      if (error instanceof NukiError && error.kind === "unauthorized") throw error;
      if (!(error instanceof DomainError) && !(error instanceof NukiError)) throw error;
      result.failed.push({ lockId: lock.lockId, pinId: pin.id, message: error.message });
    }
  }
  if (expired.length) result.locks.push(lock.lockId);
}

const empty = (): CleanupResult => ({ deleting: [], locks: [], failed: [] });

/** "Delete expired PINs" on one lock. */
export async function cleanupLock(ctx: PinContext, lockId: number, now = new Date()): Promise<CleanupResult> {
  const result = empty();
  await deleteExpired(ctx, await loadLock(ctx.nuki, lockId), now, 0, result);
  return result;
}

/**
 * "Delete expired PINs" on every lock of the account (two upstream calls to find them), or, with
 * `afterDays`, on the locks listed there only, each with its own delay: the automatic clean-up.
 */
export async function cleanupAccount(ctx: PinContext, now = new Date(), afterDays?: Map<number, number>): Promise<CleanupResult> {
  const result = empty();
  for (const lock of (await loadAccountLocks(ctx.nuki)).values()) {
    const days = afterDays ? afterDays.get(lock.lockId) : 0;
    if (days !== undefined) await deleteExpired(ctx, lock, now, days, result);
  }
  return result;
}
