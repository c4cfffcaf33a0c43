import "server-only";
import { objectId } from "./random";
import type { NukiSimulator } from "./simulator";
import type { AuthCreateFields, PendingOperation, SimAuth, SimData, SimLock } from "./types";

/**
 * Nuki's asynchronous writes: a write is accepted with 204, queued, and reaches the lock after the
 * propagation delay — only while the lock is online (serverState 0). Operations on one lock apply
 * in the order they were accepted. State is computed lazily from the injected clock; what changed
 * on a lock comes back as events, which the simulator turns into webhooks.
 */

/** Something that reached a lock, at simulator time `at`. */
export type SimEvent =
  | { kind: "auth"; at: number; auth: SimAuth; deleted?: true }
  | { kind: "status"; at: number; lock: SimLock };

type NewOperation = PendingOperation extends infer T
  ? T extends PendingOperation
    ? Omit<T, "operationId" | "seq" | "acceptedAt" | "dueAt">
    : never
  : never;

export function createOperation(sim: NukiSimulator, op: NewOperation): PendingOperation {
  const now = sim.now();
  const dueAt = now + sim.propagationDelayFor(op.smartlockId);
  return { ...op, operationId: objectId(now), seq: sim.nextSeq(), acceptedAt: now, dueAt } as PendingOperation;
}

export function enqueue(sim: NukiSimulator, ops: PendingOperation[]) {
  sim.data.operations.push(...ops);
}

/** The newest operation still on its way for an auth: its id is what the listing shows as `operationId`. */
export function pendingFor(data: SimData, authId: string): PendingOperation | undefined {
  return data.operations.filter((op) => op.kind !== "create" && op.authId === authId).at(-1);
}

/** `pendingFor` for every auth at once, for listings of thousands of auths. */
export function pendingByAuth(data: SimData): (authId: string) => PendingOperation | undefined {
  const newest = new Map<string, PendingOperation>();
  for (const op of data.operations) if (op.kind !== "create") newest.set(op.authId, op);
  return (authId) => newest.get(authId);
}

/** A new auth as the lock stores it: the lock assigns `id` and `authId`. */
export function insertAuth(data: SimData, lock: SimLock, fields: AuthCreateFields, at: number): SimAuth {
  const stamp = new Date(at).toISOString();
  const auth: SimAuth = {
    ...fields,
    id: objectId(at),
    smartlockId: lock.smartlockId,
    authId: lock.nextAuthId++,
    lockCount: 0,
    creationDate: stamp,
    updateDate: stamp,
  };
  data.auths.set(auth.id, auth);
  return auth;
}

function apply(data: SimData, op: PendingOperation): SimEvent | undefined {
  const lock = data.locks.get(op.smartlockId);
  if (!lock) return undefined;
  if (op.kind === "create") return { kind: "auth", at: op.dueAt, auth: { ...insertAuth(data, lock, op.fields, op.dueAt) } };
  const auth = data.auths.get(op.authId);
  if (!auth) return undefined; // deleted meanwhile: nothing to do, as on the lock
  if (op.kind === "delete") {
    if (op.sticky) return undefined;
    data.auths.delete(op.authId);
    return { kind: "auth", at: op.dueAt, auth: { ...auth }, deleted: true };
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
  auth.updateDate = new Date(op.dueAt).toISOString();
  return { kind: "auth", at: op.dueAt, auth: { ...auth } };
}

/** Locks whose offline spell has run out come back at the moment it ended, not when someone looks. */
function comebacks(sim: NukiSimulator, now: number): SimEvent[] {
  const events: SimEvent[] = [];
  for (const lock of sim.data.locks.values()) {
    const at = lock.backOnlineAt;
    if (at === undefined || at > now) continue;
    delete lock.backOnlineAt;
    lock.serverState = 0;
    lock.updateDate = new Date(at).toISOString();
    lockCameOnline(sim, lock.smartlockId, at);
    events.push({ kind: "status", at, lock: { ...lock } });
  }
  return events;
}

/** Applies every operation that is due on an online lock, in order, per lock; what happened, oldest first. */
export function settle(sim: NukiSimulator, now = sim.now()): SimEvent[] {
  const { data } = sim;
  const events = comebacks(sim, now);
  const waiting = new Set<number>();
  const remaining: PendingOperation[] = [];
  for (const op of [...data.operations].sort((a, b) => a.seq - b.seq)) {
    const lock = data.locks.get(op.smartlockId);
    if (!lock) continue;
    if (waiting.has(op.smartlockId) || op.dueAt > now || lock.serverState !== 0) {
      waiting.add(op.smartlockId);
      remaining.push(op);
    } else {
      const event = apply(data, op);
      if (event) events.push(event);
    }
  }
  data.operations = remaining;
  return events.sort((a, b) => a.at - b.at);
}

/** A lock came back online: what waited for it reaches it one propagation delay after that. */
export function lockCameOnline(sim: NukiSimulator, smartlockId: number, at = sim.now()) {
  const earliest = at + sim.propagationDelayFor(smartlockId);
  for (const op of sim.data.operations) {
    if (op.smartlockId === smartlockId) op.dueAt = Math.max(op.dueAt, earliest);
  }
}

/** When the next queued operation or comeback is due; undefined when nothing will happen by itself. */
export function nextDue(sim: NukiSimulator): number | undefined {
  const times: number[] = [];
  const firstSeen = new Set<number>();
  for (const op of [...sim.data.operations].sort((a, b) => a.seq - b.seq)) {
    if (firstSeen.has(op.smartlockId)) continue; // later ones wait for the first on their lock
    firstSeen.add(op.smartlockId);
    if (sim.data.locks.get(op.smartlockId)?.serverState === 0) times.push(op.dueAt);
  }
  for (const lock of sim.data.locks.values()) if (lock.backOnlineAt !== undefined) times.push(lock.backOnlineAt);
  return times.length ? Math.min(...times) : undefined;
}
