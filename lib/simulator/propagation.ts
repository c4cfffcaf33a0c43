import { objectId } from "./random";
import type { NukiSimulator } from "./simulator";
import type { PendingOperation, SimAuth, SimData } from "./types";

/**
 * Nuki's asynchronous writes: a write is accepted with 204, queued, and reaches the lock after the
 * propagation delay — only while the lock is online (serverState 0). Operations on one lock apply
 * in the order they were accepted. State is computed lazily from the injected clock.
 */

type NewOperation = PendingOperation extends infer T
  ? T extends PendingOperation
    ? Omit<T, "operationId" | "seq" | "acceptedAt" | "dueAt">
    : never
  : never;

export function createOperation(sim: NukiSimulator, op: NewOperation): PendingOperation {
  const now = sim.now();
  return { ...op, operationId: objectId(now), seq: sim.nextSeq(), acceptedAt: now, dueAt: now + sim.settings.propagationDelayMs } as PendingOperation;
}

export function enqueue(sim: NukiSimulator, ops: PendingOperation[]) {
  sim.data.operations.push(...ops);
}

/** The newest operation still on its way for an auth: its id is what the listing shows as `operationId`. */
export function pendingFor(data: SimData, authId: string): PendingOperation | undefined {
  return data.operations.filter((op) => op.kind !== "create" && op.authId === authId).at(-1);
}

function apply(data: SimData, op: PendingOperation) {
  const stamp = new Date(op.dueAt).toISOString();
  const lock = data.locks.get(op.smartlockId);
  if (!lock) return;
  if (op.kind === "create") {
    const auth: SimAuth = {
      ...op.fields,
      id: objectId(op.dueAt),
      smartlockId: lock.smartlockId,
      authId: lock.nextAuthId++,
      lockCount: 0,
      creationDate: stamp,
      updateDate: stamp,
    };
    data.auths.set(auth.id, auth);
    return;
  }
  const auth = data.auths.get(op.authId);
  if (!auth) return; // deleted meanwhile: nothing to do, as on the lock
  if (op.kind === "delete") {
    data.auths.delete(op.authId);
    return;
  }
  const { name, enabled, remoteAllowed, code, accountUserId, ...restriction } = op.fields;
  auth.name = name;
  if (enabled !== undefined) auth.enabled = enabled;
  if (remoteAllowed !== undefined) auth.remoteAllowed = remoteAllowed;
  if (code !== undefined) auth.code = code;
  if (accountUserId !== undefined) auth.accountUserId = accountUserId;
  // The time restriction is replaced as a whole: whatever the update left out is cleared.
  auth.allowedFromDate = restriction.allowedFromDate;
  auth.allowedUntilDate = restriction.allowedUntilDate;
  auth.allowedWeekDays = restriction.allowedWeekDays;
  auth.allowedFromTime = restriction.allowedFromTime;
  auth.allowedUntilTime = restriction.allowedUntilTime;
  auth.updateDate = stamp;
}

/** Applies every operation that is due on an online lock, in order, per lock. */
export function settle(data: SimData, now: number) {
  const waiting = new Set<number>();
  const remaining: PendingOperation[] = [];
  for (const op of [...data.operations].sort((a, b) => a.seq - b.seq)) {
    const lock = data.locks.get(op.smartlockId);
    if (!lock) continue;
    if (waiting.has(op.smartlockId) || op.dueAt > now || lock.serverState !== 0) {
      waiting.add(op.smartlockId);
      remaining.push(op);
    } else {
      apply(data, op);
    }
  }
  data.operations = remaining;
}

/** A lock came back online: what waited for it reaches it one propagation delay from now. */
export function lockCameOnline(sim: NukiSimulator, smartlockId: number) {
  const earliest = sim.now() + sim.settings.propagationDelayMs;
  for (const op of sim.data.operations) {
    if (op.smartlockId === smartlockId) op.dueAt = Math.max(op.dueAt, earliest);
  }
}
