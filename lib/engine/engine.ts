import "server-only";
import type { Locale } from "@/lib/i18n/config";
import type { Ledger, PinRecord } from "@/lib/ledger/ledger";
import type { NukiClient } from "@/lib/nuki/client";
import type { Pin } from "@/lib/pins/types";
import type { Policy } from "./classify";
import { NukiError } from "@/lib/nuki/errors";
import { loadAccountLocks, loadLock, type LockData } from "./lock-data";
import { matchListing } from "./match";
import { pinsView } from "./pin-view";
import { usualWriteBoundMs } from "@/lib/pins/write-bound";
import { confirmTimes, type ConfirmTimes } from "@/lib/pins/confirm-times";
import { sendWrite, type SendContext, type SendOutcome } from "./send";
import { settleLock } from "./settle";

/** How often PINs of a lock that is no longer in the account are looked at again. */
const GONE_LOCK_RECHECK_MS = 30_000;

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
  // Every time the engine sets when a PIN is next due, it may wake up for it (see `wake`).
  const ledger: Ledger = {
    ...deps.ledger,
    async update(id, patch, unlessChanged) {
      await deps.ledger.update(id, patch, unlessChanged);
      if (patch.nextCheckAt !== undefined) wake(patch.nextCheckAt);
    },
  };
  const context = (nuki: NukiClient, actor: string): SendContext => ({
    ledger, nuki, now, random, owner: deps.owner, actor,
    confirmWindowMs: deps.policy.confirmWindowMs, maxAttempts: deps.policy.maxAttempts,
  });
  const policyFor = async (accountId: string, lockId: number): Promise<Policy> => ({
    ...deps.policy,
    autoRepair: (await ledger.settings(accountId, lockId)).autoRepair,
  });

  async function settleRecords(nuki: NukiClient, lock: LockData, records: PinRecord[], send: boolean, actor = "Keyhost") {
    const accountId = records[0]?.accountId;
    if (!accountId) return matchListing([], lock.listed);
    return settleLock(context(nuki, actor), lock, records, { send, policy: await policyFor(accountId, lock.lockId) });
  }

  /** The due locks that are still in the account, with their codes. */
  async function loadDue(nuki: NukiClient, due: ReadonlySet<number>): Promise<Map<number, LockData>> {
    if (due.size > 1) return loadAccountLocks(nuki, due);
    const lockId = [...due][0]!;
    try {
      return new Map([[lockId, await loadLock(nuki, lockId)]]);
    } catch (error) {
      if (error instanceof NukiError && error.kind === "not_found") return new Map();
      throw error;
    }
  }

  /**
   * Settles the locks of the account that have a PIN due. One lock (the usual case: a write being
   * confirmed, a webhook) is read on its own, a few small calls; several in two account-wide calls.
   */
  async function settleAccount(nuki: NukiClient, accountId: string): Promise<void> {
    const records = await ledger.open(accountId);
    const at = now();
    const due = new Set(records.filter((r) => r.nextCheckAt <= at).map((r) => r.lockId));
    if (!due.size) return;
    const locks = await loadDue(nuki, due);
    // A lock that left the account (or the user's access to it): nothing to do there; look again
    // now and then rather than reading the account on every tick.
    for (const r of records) if (due.has(r.lockId) && !locks.has(r.lockId)) await ledger.update(r.id, { nextCheckAt: at + GONE_LOCK_RECHECK_MS });
    for (const lock of locks.values()) {
      const mine = records.filter((r) => r.lockId === lock.lockId);
      if (mine.length) await settleRecords(nuki, lock, mine, true);
    }
  }

  async function confirmTimesOf(accountId: string, lockId: number): Promise<ConfirmTimes> {
    return confirmTimes(await ledger.recentConfirmTimes(accountId, lockId), usualWriteBoundMs(deps.policy));
  }

  // Passes run one at a time; a wake-up during a pass runs another right after it.
  let running: Promise<void> | null = null;
  let again = false;
  function tick(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await runDue();
      } while (again);
    })().finally(() => (running = null));
    return running;
  }

  // Besides the regular tick, the engine wakes exactly when a PIN falls due (a confirmation check
  // 500 ms after a write), once it runs in the background; never more often than every 100 ms.
  const WAKE_MIN_MS = 100;
  let background = false;
  let wakeTimer: ReturnType<typeof setTimeout> | null = null;
  let wakeAt = Infinity;
  function wake(at: number) {
    if (!background || at >= wakeAt) return;
    if (wakeTimer) clearTimeout(wakeTimer);
    wakeAt = at;
    wakeTimer = setTimeout(() => {
      wakeTimer = null;
      wakeAt = Infinity;
      void tick();
    }, Math.max(WAKE_MIN_MS, at - now()));
    wakeTimer.unref?.();
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
  async function runDue(): Promise<void> {
    await forEachAccount(await deps.ledger.dueAccounts(), settleAccount);
    const chores = deps.housekeeping;
    if (chores && now() >= nextHousekeeping) {
      nextHousekeeping = now() + chores.everyMs;
      await forEachAccount(await chores.accounts(), chores.run);
    }
  }

  return {
    /**
     * The ledger every writer uses: a PIN whose next check is set through it wakes the engine for
     * that moment, whether the engine, a page's write or a background runner set it.
     */
    ledger,

    /** One pass over every account with something due; a call during a pass gets one more pass after it. */
    tick,

    settleAccount,

    /**
     * A page view: records what Nuki shows for this lock (drift, confirmations) and returns the PINs,
     * their reasons worded in `locale` (English unless the caller says).
     */
    async view(nuki: NukiClient, accountId: string, lock: LockData, locale?: Locale): Promise<Pin[]> {
      const records = await ledger.open(accountId, lock.lockId);
      const matched = await settleRecords(nuki, lock, records, false);
      const fresh = records.length ? await ledger.open(accountId, lock.lockId) : [];
      // The lock's history is read only when a write is on its way: most views have none.
      const waiting = fresh.some((r) => r.status === "pending" || r.status === "deleting");
      const slowAfterMs = waiting ? (await confirmTimesOf(accountId, lock.lockId)).slowAfterMs : usualWriteBoundMs(deps.policy);
      const progress = { online: lock.online, now: now(), maxAttempts: deps.policy.maxAttempts, slowAfterMs };
      return pinsView(fresh, { ...matched, pairs: matched.pairs.map((p) => ({ ...p, record: fresh.find((r) => r.id === p.record.id) ?? p.record })) }, progress, locale);
    },

    /** How long writes to this lock take, and when one still on its way is called slow. */
    confirmTimes: confirmTimesOf,

    /** A write the host just asked for, sent right away so Nuki's refusals reach the form. */
    send(nuki: NukiClient, actor: string, record: PinRecord, write: "create" | "update" | "delete", lock: LockData): Promise<SendOutcome> {
      return sendWrite(context(nuki, actor), record, write, lock);
    },

    /** Runs `tick` every `everyMs` in the background until stopped. */
    start(everyMs: number): () => void {
      background = true;
      const timer = setInterval(() => void tick(), everyMs);
      timer.unref?.();
      return () => {
        background = false;
        clearInterval(timer);
        if (wakeTimer) clearTimeout(wakeTimer);
        wakeTimer = null;
        wakeAt = Infinity;
      };
    },
  };
}

export type Engine = ReturnType<typeof createEngine>;
