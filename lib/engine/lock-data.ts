import "server-only";
import type { NukiClient } from "@/lib/nuki/client";
import type { NukiSmartlock } from "@/lib/nuki/schemas";
import { pinFromNukiAuth } from "@/lib/pins/nuki-mapping";
import { zoneForTimezoneId } from "@/lib/time/zones";
import type { ListedPin } from "./match";

/** One lock as the engine needs it: where its times live, whether writes can reach it, its PINs. */
export interface LockData {
  lockId: number;
  /** As the host named it in the Nuki app. */
  name: string;
  zone: string;
  online: boolean;
  keypadPaired: boolean;
  listed: ListedPin[];
}

export function lockFacts(lock: NukiSmartlock): Omit<LockData, "listed"> {
  return {
    lockId: lock.smartlockId,
    name: lock.name,
    zone: zoneForTimezoneId(lock.config?.timezoneId),
    online: lock.serverState === 0,
    keypadPaired: lock.config?.keypadPaired === true || lock.config?.keypad2Paired === true,
  };
}

/**
 * Every lock of the account with its keypad codes: two calls, however many locks. With `only`, just
 * those locks (reading a code's times in its lock's zone is the costly part with thousands of codes).
 */
export async function loadAccountLocks(nuki: NukiClient, only?: ReadonlySet<number>): Promise<Map<number, LockData>> {
  const [locks, auths] = await Promise.all([nuki.listLocks(), nuki.listAllKeypadAuths()]);
  const result = new Map<number, LockData>();
  for (const lock of locks) if (!only || only.has(lock.smartlockId)) result.set(lock.smartlockId, { ...lockFacts(lock), listed: [] });
  for (const auth of auths) {
    const lock = result.get(auth.smartlockId);
    if (lock) lock.listed.push(pinFromNukiAuth(auth, lock.zone));
  }
  return result;
}

/** One lock and its keypad codes, in parallel. */
export async function loadLock(nuki: NukiClient, lockId: number): Promise<LockData> {
  const [lock, auths] = await Promise.all([nuki.getLock(lockId), nuki.listKeypadAuths(lockId)]);
  const facts = lockFacts(lock);
  return { ...facts, listed: auths.map((auth) => pinFromNukiAuth(auth, facts.zone)) };
}
