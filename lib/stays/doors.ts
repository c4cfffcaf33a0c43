import { lockFacts, type LockData } from "@/lib/engine/lock-data";
import type { NukiClient } from "@/lib/nuki/client";
import { pinFromNukiAuth } from "@/lib/pins/nuki-mapping";

export interface DoorLock extends LockData {
  name: string;
}

/** The account's locks by id, with names and keypad codes: two upstream calls for every door. */
export async function loadDoorLocks(nuki: NukiClient): Promise<Map<number, DoorLock>> {
  const [locks, auths] = await Promise.all([nuki.listLocks(), nuki.listAllKeypadAuths()]);
  const result = new Map<number, DoorLock>();
  for (const lock of locks) result.set(lock.smartlockId, { ...lockFacts(lock), name: lock.name, listed: [] });
  for (const auth of auths) {
    const lock = result.get(auth.smartlockId);
    if (lock) lock.listed.push(pinFromNukiAuth(auth, lock.zone));
  }
  return result;
}
