import "server-only";
import type { NukiClient } from "@/lib/nuki/client";
import { zoneForTimezoneId } from "@/lib/time/zones";
import { pinFromNukiAuth } from "./nuki-mapping";
import type { Pin } from "./types";

export interface LockPins {
  lockId: number;
  zone: string;
  keypadPaired: boolean;
  listed: Omit<Pin, "status" | "statusReason">[];
}

/** The lock (for its zone and keypad) and its keypad codes, in parallel. */
export async function loadLockPins(nuki: NukiClient, lockId: number): Promise<LockPins> {
  const [lock, auths] = await Promise.all([nuki.getLock(lockId), nuki.listKeypadAuths(lockId)]);
  const zone = zoneForTimezoneId(lock.config?.timezoneId);
  return {
    lockId,
    zone,
    keypadPaired: lock.config?.keypadPaired === true || lock.config?.keypad2Paired === true,
    listed: auths.map((auth) => pinFromNukiAuth(auth, zone)),
  };
}
