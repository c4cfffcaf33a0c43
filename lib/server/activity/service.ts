import "server-only";
import { DomainError } from "@/lib/errors/domain-error";
import { authsByLock, lockData } from "@/lib/engine/lock-data";
import type { PinContext } from "@/lib/server/pins/service";
import { listEntries, type EntryQuery } from "./entries";
import { pinRefs } from "@/lib/activity/pin-refs";
import type { EntryLock, EntryPage } from "@/lib/activity/types";
import type { PinUsage } from "@/lib/activity/usage";
import { pinUsage } from "@/lib/server/activity/usage-read";

/**
 * The locks whose entries are listed, each with the PINs its log can be tied to. Two account-wide
 * upstream calls however many locks (a property's, or one); a lock not in the account is a 404.
 */
export async function entryLocks(ctx: PinContext, lockIds: number[]): Promise<EntryLock[]> {
  const [locks, auths, records] = await Promise.all([ctx.nuki.listLocks(), ctx.nuki.listAllKeypadAuths(), ctx.ledger.open(ctx.accountId)]);
  const authsOf = authsByLock(auths);
  return Promise.all(
    lockIds.map(async (lockId) => {
      const smartlock = locks.find((l) => l.smartlockId === lockId);
      if (!smartlock) throw new DomainError("not_found", "noSuchLock");
      const lock = lockData(smartlock, authsOf(lockId));
      const pins = await ctx.engine.view(ctx.nuki, ctx.accountId, lock, ctx.locale);
      return { lockId, zone: lock.zone, name: smartlock.name, pins: pinRefs(pins, records.filter((r) => r.lockId === lockId)) };
    }),
  );
}

/** Keypad entries of one lock, newest first. */
export async function lockEntries(ctx: PinContext, lockId: number, query: EntryQuery): Promise<EntryPage> {
  return listEntries(ctx.nuki, await entryLocks(ctx, [lockId]), query);
}

/** A PIN's first and last opening on its lock; unknown or never-saved PINs answer 404. */
export async function lockPinUsage(ctx: PinContext, lockId: number, pinId: string): Promise<PinUsage> {
  const [lock] = await entryLocks(ctx, [lockId]);
  const ref = lock?.pins.find((p) => p.pinId === pinId);
  if (!ref) throw new DomainError("not_found", "noSuchPinYet");
  return pinUsage(ctx.nuki, lockId, ref.authId);
}
