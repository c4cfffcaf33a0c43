import "server-only";
import type { PendingWrite } from "./pending-write";

/**
 * In-process memory of writes awaiting confirmation, per account and lock. It lives on
 * globalThis because Next may load this module in several bundles of one server process.
 */
const store: Map<string, PendingWrite[]> = ((globalThis as { __keyhostPendingWrites?: Map<string, PendingWrite[]> })
  .__keyhostPendingWrites ??= new Map());

const key = (accountId: string, lockId: number) => `${accountId}:${lockId}`;

export const pendingStore = {
  list(accountId: string, lockId: number): PendingWrite[] {
    return store.get(key(accountId, lockId)) ?? [];
  },
  add(accountId: string, lockId: number, write: PendingWrite) {
    const others = this.list(accountId, lockId).filter((w) => !(w.authId && w.authId === write.authId));
    store.set(key(accountId, lockId), [...others, write]);
  },
  remove(accountId: string, lockId: number, opIds: string[]) {
    if (!opIds.length) return;
    store.set(key(accountId, lockId), this.list(accountId, lockId).filter((w) => !opIds.includes(w.opId)));
  },
  fail(accountId: string, lockId: number, failures: { opId: string; reason: string }[]) {
    for (const f of failures) {
      const write = this.list(accountId, lockId).find((w) => w.opId === f.opId);
      if (write) write.failedReason = f.reason;
    }
  },
};
