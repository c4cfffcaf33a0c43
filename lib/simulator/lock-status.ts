import "server-only";
import { z } from "zod";
import { SimError } from "./errors";
import { lockCameOnline } from "./propagation";
import type { NukiSimulator } from "./simulator";
import type { SimLock } from "./types";

/** Lock changes from the control API: battery, keypad, serverState, and offline spells that end by themselves. */

export const lockPatchSchema = z
  .strictObject({
    name: z.string().min(1).max(32).optional(),
    serverState: z.number().int().min(0).max(4).optional(),
    /** Offline now, back online (serverState 0) this long later on the simulator's clock. */
    offlineForMs: z.number().int().min(1).max(30 * 86_400_000).optional(),
    keypadPaired: z.boolean().optional(),
    keypad2Paired: z.boolean().optional(),
    batteryCritical: z.boolean().optional(),
    batteryCharge: z.number().int().min(0).max(100).optional(),
    keypadBatteryCritical: z.boolean().optional(),
    state: z.number().int().min(0).max(255).optional(),
    doorState: z.number().int().min(0).max(255).optional(),
  })
  .refine((p) => p.offlineForMs === undefined || p.serverState === undefined || p.serverState === 4, {
    message: "offlineForMs takes the lock offline (serverState 4); leave serverState out or send 4",
  });

export type LockPatch = z.input<typeof lockPatchSchema>;

export function patchLock(sim: NukiSimulator, smartlockId: number, raw: LockPatch): SimLock {
  const { offlineForMs, ...patch } = lockPatchSchema.parse(raw);
  const lock = sim.data.locks.get(smartlockId);
  if (!lock) throw new SimError(404, `No lock ${smartlockId}`);
  sim.settle(); // what was due happened under the old state
  const now = sim.now();
  const before = lock.serverState;
  Object.assign(lock, Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)), { updateDate: new Date(now).toISOString() });
  if (offlineForMs !== undefined) {
    lock.serverState = 4;
    lock.backOnlineAt = now + offlineForMs;
  } else if (patch.serverState !== undefined) {
    delete lock.backOnlineAt;
  }
  if (before !== 0 && lock.serverState === 0) lockCameOnline(sim, lock.smartlockId);
  if (before !== lock.serverState) sim.publish([{ kind: "status", at: now, lock: { ...lock } }]);
  return lock;
}
