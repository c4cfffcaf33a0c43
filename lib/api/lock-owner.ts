import "server-only";
import { DomainError } from "@/lib/errors/domain-error";
import type { NukiClient } from "@/lib/nuki/client";

/**
 * How a lock route proves the lock is the caller's: by the read its service makes anyway, so the
 * proof costs no upstream call of its own (a request's client never reads a listing twice).
 * - "lock": the lock itself (`GET /smartlock/{id}`; Nuki answers 404 for another account's lock).
 * - "codes": the lock and its keypad codes, read together, for a service that lists the lock's PINs.
 * - "account": the account's locks and codes (the overview's two calls), for a service that reads
 *   across locks, such as door entries; a lock missing from them is not the caller's.
 */
export type LockProof = "lock" | "codes" | "account";

const notYours = () => new DomainError("not_found", "noSuchLock");

/** Throws `not_found` unless `lockId` is one of the caller's locks. */
export async function proveLockOwner(nuki: NukiClient, lockId: number, proof: LockProof): Promise<void> {
  if (proof === "lock") {
    await nuki.getLock(lockId);
  } else if (proof === "codes") {
    await Promise.all([nuki.getLock(lockId), nuki.listKeypadAuths(lockId)]);
  } else {
    const [locks] = await Promise.all([nuki.listLocks(), nuki.listAllKeypadAuths()]);
    if (!locks.some((lock) => lock.smartlockId === lockId)) throw notYours();
  }
}
