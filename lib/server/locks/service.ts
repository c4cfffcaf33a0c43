import "server-only";
import type { NukiClient } from "@/lib/nuki/client";
import { lockFromNuki } from "@/lib/locks/mapping";
import type { Lock } from "@/lib/locks/types";

/** The overview in two upstream calls, whatever the number of locks. */
export async function listLocks(nuki: NukiClient): Promise<Lock[]> {
  const [locks, auths] = await Promise.all([nuki.listLocks(), nuki.listAllKeypadAuths()]);
  const counts = new Map<number, number>();
  for (const auth of auths) counts.set(auth.smartlockId, (counts.get(auth.smartlockId) ?? 0) + 1);
  return locks
    .map((lock) => lockFromNuki(lock, counts.get(lock.smartlockId) ?? 0))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export async function getLock(nuki: NukiClient, lockId: number): Promise<Lock> {
  const [lock, auths] = await Promise.all([nuki.getLock(lockId), nuki.listKeypadAuths(lockId)]);
  return lockFromNuki(lock, auths.length);
}
