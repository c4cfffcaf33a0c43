import "server-only";
import type { NukiClient } from "@/lib/nuki/client";
import { lockFromNuki } from "@/lib/locks/mapping";
import type { NukiAuth, NukiSmartlock } from "@/lib/nuki/schemas";
import { pinFromNukiAuth } from "@/lib/pins/nuki-mapping";
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

/** The engine's part of the lock the API shows (`lockFromNuki`): one derivation of online, keypad and zone. */
export function lockFacts(lock: NukiSmartlock): Omit<LockData, "listed"> {
  const shown = lockFromNuki(lock, 0);
  return { lockId: shown.id, name: shown.name, zone: shown.timeZone, online: shown.online, keypadPaired: shown.keypad.paired };
}

/** A lock with its keypad codes (`own`: the codes of this lock only), each read in the lock's zone. */
export function lockData(lock: NukiSmartlock, own: NukiAuth[]): LockData {
  const facts = lockFacts(lock);
  return { ...facts, listed: own.map((auth) => pinFromNukiAuth(auth, facts.zone)) };
}

/**
 * Each lock's codes out of an account-wide listing, grouped in one pass: filtering the listing once
 * per lock would read 50,000 codes 500 times over on a large fleet.
 */
export function authsByLock(auths: NukiAuth[]): (lockId: number) => NukiAuth[] {
  const byLock = new Map<number, NukiAuth[]>();
  for (const auth of auths) {
    const own = byLock.get(auth.smartlockId);
    if (own) own.push(auth);
    else byLock.set(auth.smartlockId, [auth]);
  }
  return (lockId) => byLock.get(lockId) ?? [];
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
  return lockData(lock, auths);
}
