import type { Ledger, PinRecord } from "@/lib/ledger/ledger";
import type { NukiClient } from "@/lib/nuki/client";
import type { Pin } from "@/lib/pins/types";
import type { Policy } from "./classify";
import { loadAccountLocks, type LockData } from "./lock-data";
import { matchListing } from "./match";
import { pinsView } from "./pin-view";
import { sendWrite, type SendContext, type SendOutcome } from "./send";
import { settleLock } from "./settle";

export interface EngineDeps {
  ledger: Ledger;
  /** A Nuki client for background work on an account, or null when nobody is signed in to it. */
  nukiFor: (accountId: string) => Promise<NukiClient | null>;
  policy: Omit<Policy, "autoRepair">;
  owner: string;
  now?: () => number;
  random?: () => number;
  onError?: (error: unknown) => void;
  /** Slower background work per account (the automatic clean-up), at most once every `everyMs`. */
  housekeeping?: {
    everyMs: number;
    accounts: () => Promise<string[]>;
    run: (nuki: NukiClient, accountId: string) => Promise<void>;
  };
}

/**
 * Keeps every managed PIN moving towards what the host set: confirms writes, retries, detects
 * drift, repairs when allowed. Every step is recorded in the ledger, so any instance can carry on
 * where another (or an earlier run of this one) stopped.
 */
export function createEngine(deps: EngineDeps) {
  const now = deps.now ?? Date.now;
  const random = deps.random ?? Math.random;
  const context = (nuki: NukiClient, actor: string): SendContext => ({
    ledger: deps.ledger, nuki, now, random, owner: deps.owner, actor,
    confirmWindowMs: deps.policy.confirmWindowMs, maxAttempts: deps.policy.maxAttempts,
  });
  const policyFor = async (accountId: string, lockId: number): Promise<Policy> => ({
    ...deps.policy,
    autoRepair: (await deps.ledger.settings(accountId, lockId)).autoRepair,
  });

  async function settleRecords(nuki: NukiClient, lock: LockData, records: PinRecord[], send: boolean, actor = "Keyhost") {
    const accountId = records[0]?.accountId;
    if (!accountId) return matchListing([], lock.listed);
    return settleLock(context(nuki, actor), lock, records, { send, policy: await policyFor(accountId, lock.lockId) });
  }

  async function settleAccount(nuki: NukiClient, accountId: string): Promise<void> {
    const records = await deps.ledger.open(accountId);
    if (!records.length) return;
    const locks = await loadAccountLocks(nuki);
    for (const lock of locks.values()) {
      const mine = records.filter((r) => r.lockId === lock.lockId);
      if (mine.length) await settleRecords(nuki, lock, mine, true);
    }
  }

  async function forEachAccount(accountIds: string[], work: (nuki: NukiClient, accountId: string) => Promise<void>) {
    for (const accountId of accountIds) {
      try {
        const nuki = await deps.nukiFor(accountId);
        if (nuki) await work(nuki, accountId);
      } catch (error) {
        deps.onError?.(error);
      }
    }
  }

  let nextHousekeeping = 0;
  let running: Promise<void> | null = null;
  async function runDue(): Promise<void> {
    await forEachAccount(await deps.ledger.dueAccounts(), settleAccount);
    const chores = deps.housekeeping;
    if (chores && now() >= nextHousekeeping) {
      nextHousekeeping = now() + chores.everyMs;
      await forEachAccount(await chores.accounts(), chores.run);
    }
  }

  return {
    /** One pass over every account with something due; concurrent calls share the pass. */
    tick(): Promise<void> {
      running ??= runDue().finally(() => (running = null));
      return running;
    },

    settleAccount,

    /** A page view: records what Nuki shows for this lock (drift, confirmations) and returns the PINs. */
    async view(nuki: NukiClient, accountId: string, lock: LockData): Promise<Pin[]> {
      const records = await deps.ledger.open(accountId, lock.lockId);
      const matched = await settleRecords(nuki, lock, records, false);
      const fresh = records.length ? await deps.ledger.open(accountId, lock.lockId) : [];
      return pinsView(fresh, { ...matched, pairs: matched.pairs.map((p) => ({ ...p, record: fresh.find((r) => r.id === p.record.id) ?? p.record })) });
    },

    /** A write the host just asked for, sent right away so Nuki's refusals reach the form. */
    send(nuki: NukiClient, actor: string, record: PinRecord, write: "create" | "update" | "delete", lock: LockData): Promise<SendOutcome> {
      return sendWrite(context(nuki, actor), record, write, lock);
    },

    /** Runs `tick` every `everyMs` in the background until stopped. */
    start(everyMs: number): () => void {
      const timer = setInterval(() => void this.tick(), everyMs);
      timer.unref?.();
      return () => clearInterval(timer);
    },
  };
}

export type Engine = ReturnType<typeof createEngine>;
