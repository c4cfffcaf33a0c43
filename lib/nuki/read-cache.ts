import "server-only";
import { processSingleton } from "@/lib/process/singleton";
import { env } from "@/lib/env/index.mjs";
import { invalidationBus } from "@/lib/shared";
import { createNukiClient, type NukiClient } from "./client";
import type { NukiAuth, NukiSmartlock } from "./schemas";

/**
 * Shared upstream reads, per Nuki account: concurrent identical reads become one call (coalescing),
 * and a result is reused for a few seconds (a short TTL cache). Any write made through Keyhost for
 * the account invalidates everything read before it. Process memory only, on `globalThis` because
 * Next may bundle this module more than once.
 *
 * Reads come in two kinds per resource: account-wide ("locks", "auths": `GET /smartlock`,
 * `GET /smartlock/auth`) and one lock's ("lock:ID", "auths:ID"). One lock's data is taken from a
 * valid account-wide entry when there is one, so the overview's two calls also serve the lock page.
 *
 * Freshness is tracked with tickets: every upstream read gets the next number when it starts, and
 * nothing may be used or stored that started before a "floor". A write raises the floor of the whole
 * account. A *fresh* read (the engine confirming a write, or a request with `Cache-Control: no-cache`)
 * always goes upstream and raises the floor of what it overlaps, so nobody is served an answer older
 * than the one the engine has just acted on.
 */

export const READ_CACHE_TTL_MS = 5_000;
/** Accounts kept; the least recently used is dropped beyond this. */
const MAX_SCOPES = 1_000;

type Group = "locks" | "auths";

interface Entry {
  value: unknown;
  ticket: number;
  /** When its upstream request started (ms). */
  at: number;
}

interface Flight {
  promise: Promise<unknown>;
  ticket: number;
}

class Scope {
  /** Raised by writes: nothing that started before it counts. */
  floor = 0;
  readonly groupFloor = new Map<Group, number>();
  readonly keyFloor = new Map<string, number>();
  readonly entries = new Map<string, Entry>();
  readonly flights = new Map<string, Flight>();
}

interface Key {
  key: string;
  group: Group;
  /** The account-wide key this one is part of; undefined for an account-wide key. */
  wide?: string;
  lockId?: number;
}

const LOCKS: Key = { key: "locks", group: "locks" };
const AUTHS: Key = { key: "auths", group: "auths" };
const lockKey = (lockId: number): Key => ({ key: `lock:${lockId}`, group: "locks", wide: "locks", lockId });
const authsKey = (lockId: number): Key => ({ key: `auths:${lockId}`, group: "auths", wide: "auths", lockId });

export interface ReadCacheOptions {
  ttlMs?: number;
  now?: () => number;
  /** False while other instances' writes might go unheard: nothing is served from the cache then. */
  live?: () => boolean;
  /** Tells the other instances that the account's reads are out of date. */
  publish?: (account: string) => Promise<void>;
}

export class ReadCache {
  private readonly scopes = new Map<string, Scope>();
  private tickets = 0;
  private readonly ttlMs: number;
  private readonly now: () => number;
  private readonly live: () => boolean;
  private readonly publish?: (account: string) => Promise<void>;

  constructor(options: ReadCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? READ_CACHE_TTL_MS;
    this.now = options.now ?? Date.now;
    this.live = options.live ?? (() => true);
    this.publish = options.publish;
  }

  private scope(account: string): Scope {
    let scope = this.scopes.get(account);
    if (scope) {
      // Most recently used last, so the first one is the one to drop.
      this.scopes.delete(account);
    } else {
      scope = new Scope();
      while (this.scopes.size >= MAX_SCOPES) this.scopes.delete(this.scopes.keys().next().value!);
    }
    this.scopes.set(account, scope);
    return scope;
  }

  private floorOf(scope: Scope, key: Key): number {
    return Math.max(scope.floor, scope.groupFloor.get(key.group) ?? 0, scope.keyFloor.get(key.key) ?? 0);
  }

  private usable(scope: Scope, key: Key, entry: Entry | undefined, floor = this.floorOf(scope, key)): entry is Entry {
    return entry !== undefined && entry.ticket >= floor && this.now() - entry.at < this.ttlMs && this.live();
  }

  /** A cached answer for `key`: its own entry, or one lock's part of a valid account-wide entry. */
  private cached<T>(scope: Scope, key: Key, part?: (wide: unknown) => T | undefined): { value: T } | undefined {
    const floor = this.floorOf(scope, key);
    const own = scope.entries.get(key.key);
    const wide = key.wide && part ? scope.entries.get(key.wide) : undefined;
    const ownOk = this.usable(scope, key, own, floor);
    const wideOk = this.usable(scope, key, wide, floor);
    if (wideOk && (!ownOk || wide.ticket > own.ticket)) {
      const value = part!(wide.value);
      if (value !== undefined) return { value };
    }
    if (ownOk) return { value: own.value as T };
    return undefined;
  }

  private store(scope: Scope, key: Key, value: unknown, ticket: number, at: number) {
    if (this.ttlMs <= 0 || ticket < this.floorOf(scope, key)) return;
    const existing = scope.entries.get(key.key);
    if (!existing || existing.ticket < ticket) scope.entries.set(key.key, { value, ticket, at });
  }

  /**
   * Reads `key` for `account`: from the cache or an in-flight read when allowed, else upstream.
   * `fresh` always goes upstream, and afterwards nothing older that overlaps it is served.
   */
  async read<T>(account: string, key: Key, load: () => Promise<T>, options: { fresh?: boolean; part?: (wide: unknown) => T | undefined } = {}): Promise<T> {
    const scope = this.scope(account);
    if (!options.fresh) {
      const hit = this.cached(scope, key, options.part);
      if (hit) return hit.value;
      const floor = this.floorOf(scope, key);
      const flight = scope.flights.get(key.key);
      if (flight && flight.ticket >= floor) return flight.promise as Promise<T>;
      const wideFlight = key.wide && options.part ? scope.flights.get(key.wide) : undefined;
      if (wideFlight && wideFlight.ticket >= floor) {
        const part = options.part!;
        const value = part(await wideFlight.promise);
        // A lock missing from the account-wide answer gets its own read (and Nuki's own 404).
        if (value !== undefined) return value;
      }
    }
    const ticket = ++this.tickets;
    const at = this.now();
    const promise = load();
    const flight: Flight = { promise, ticket };
    const current = scope.flights.get(key.key);
    if (!current || current.ticket < ticket) scope.flights.set(key.key, flight);
    try {
      const value = await promise;
      if (options.fresh) {
        // Nothing read before this may be served any more where it overlaps.
        if (key.wide) {
          scope.keyFloor.set(key.key, Math.max(scope.keyFloor.get(key.key) ?? 0, ticket));
          scope.keyFloor.set(key.wide, Math.max(scope.keyFloor.get(key.wide) ?? 0, ticket));
        } else {
          scope.groupFloor.set(key.group, Math.max(scope.groupFloor.get(key.group) ?? 0, ticket));
        }
      }
      this.store(scope, key, value, ticket, at);
      return value;
    } finally {
      if (scope.flights.get(key.key) === flight) scope.flights.delete(key.key);
    }
  }

  /** A write for `account` happened (or may have): nothing read before now is used again. */
  invalidate(account: string) {
    const scope = this.scope(account);
    scope.floor = ++this.tickets;
    scope.entries.clear();
    scope.flights.clear();
  }

  /** Makes every other instance forget the account's reads; a failure to tell them is not the caller's failure. */
  async announce(account: string): Promise<void> {
    await this.publish?.(account).catch(() => undefined);
  }

  /** Forgets every account: the demo simulator was changed behind Keyhost's back (its control hooks). */
  clear() {
    this.scopes.clear();
  }

  /**
   * Drops what has expired; called now and then so idle accounts do not keep memory. An account
   * with nothing cached and nothing in flight is forgotten entirely: no older answer can arrive for it.
   */
  sweep() {
    const now = this.now();
    for (const [account, scope] of this.scopes) {
      for (const [key, entry] of scope.entries) if (now - entry.at >= this.ttlMs) scope.entries.delete(key);
      if (!scope.entries.size && !scope.flights.size) this.scopes.delete(account);
    }
  }

  private lastSweep = 0;

  /** Sweeps at most once per TTL. */
  sweepNow() {
    const now = this.now();
    if (now - this.lastSweep < this.ttlMs) return;
    this.lastSweep = now;
    this.sweep();
  }

  /** How many accounts and entries are held (tests, diagnostics). */
  get size() {
    let entries = 0;
    for (const scope of this.scopes.values()) entries += scope.entries.size;
    return { accounts: this.scopes.size, entries };
  }
}

/**
 * This process's read cache. With PostgreSQL (several app instances) every write and every fresh
 * read is announced on a channel (lib/shared), and each instance forgets the account's reads when
 * another announces one; while an instance is not listening it serves nothing from its cache.
 */
export function getReadCache(): ReadCache {
  return processSingleton("readCache", () => {
    const bus = env.database.kind === "postgres" ? invalidationBus() : null;
    const cache = new ReadCache(bus ? { live: bus.live, publish: bus.publish } : {});
    bus?.subscribe((account) => (account === "*" ? cache.clear() : cache.invalidate(account)));
    return cache;
  });
}

export interface SharedReadsOptions {
  /** Always read upstream (and let others reuse the answer): the engine, `Cache-Control: no-cache`. */
  fresh?: boolean;
  cache?: ReadCache;
  /**
   * One request's client: a listing it has read is not read again until it writes, even when
   * fresh or when the cache cannot serve it, so the route wrapper's proof that a lock is the
   * caller's and the service after it share their reads.
   */
  request?: boolean;
}

const oneLock = (lockId: number) => (wide: unknown) => (wide as NukiSmartlock[]).find((lock) => lock.smartlockId === lockId);
/**
 * One lock's codes out of the account-wide listing. That listing cannot tell a lock without codes
 * from a lock that is not in the account, so an empty result is read on its own (Nuki answers 404
 * for a foreign lock).
 */
const oneLocksAuths = (lockId: number) => (wide: unknown) => {
  const auths = (wide as NukiAuth[]).filter((auth) => auth.smartlockId === lockId);
  return auths.length ? auths : undefined;
};

/**
 * The Nuki client for one account with shared reads: lock and keypad-code listings go through the
 * read cache; every write (and a sync) invalidates the account's cache once it has been sent,
 * whatever Nuki answered (a timed-out write may still have been applied).
 */
export function withSharedReads(nuki: NukiClient, account: string, options: SharedReadsOptions = {}): NukiClient {
  const cache = options.cache ?? getReadCache();
  const fresh = options.fresh ?? false;
  const seen = options.request ? new Map<string, Promise<unknown>>() : null;
  const write =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      seen?.clear();
      try {
        return await fn(...args);
      } finally {
        seen?.clear();
        cache.invalidate(account);
        await cache.announce(account);
      }
    };
  /** A request's repeat of a read it has made shares the first one (a failed read is not kept). */
  const once = <T>(key: Key, read: () => Promise<T>): Promise<T> => {
    if (!seen) return read();
    const known = seen.get(key.key) as Promise<T> | undefined;
    if (known) return known;
    const promise = read();
    seen.set(key.key, promise);
    promise.catch(() => {
      if (seen.get(key.key) === promise) seen.delete(key.key);
    });
    return promise;
  };
  // What a fresh read shows may be acted on (the engine confirms from it): other instances must
  // not serve anything older afterwards either.
  const load = <T>(read: () => Promise<T>) => (fresh ? async () => { const value = await read(); await cache.announce(account); return value; } : read);
  cache.sweepNow();
  // Every method is named here (no spread of `nuki`): a method added to the client does not compile
  // until it is placed as a shared read, a write that makes the account's reads stale, or neither.
  const shared: NukiClient = {
    // Read once per sign-in and per page of entries: nothing to share.
    getAccount: nuki.getAccount,
    listLog: nuki.listLog,
    // Changes nothing a listing shows.
    registerWebhook: nuki.registerWebhook,
    listLocks: () => once(LOCKS, () => cache.read(account, LOCKS, load(() => nuki.listLocks()), { fresh })),
    listAllKeypadAuths: () => once(AUTHS, () => cache.read(account, AUTHS, load(() => nuki.listAllKeypadAuths()), { fresh })),
    getLock: (lockId: number) => once(lockKey(lockId), () => cache.read(account, lockKey(lockId), load(() => nuki.getLock(lockId)), { fresh, part: oneLock(lockId) })),
    listKeypadAuths: (lockId: number) =>
      once(authsKey(lockId), () => cache.read(account, authsKey(lockId), load(() => nuki.listKeypadAuths(lockId)), { fresh, part: oneLocksAuths(lockId) })),
    syncLock: write(nuki.syncLock),
    createAuth: write(nuki.createAuth),
    updateAuth: write(nuki.updateAuth),
    deleteAuth: write(nuki.deleteAuth),
  };
  return shared;
}

/** True when the request asks not to be answered from a cache (`Cache-Control: no-cache`, as a hard reload sends). */
export function wantsFresh(headers: Headers): boolean {
  return /(^|[\s,])no-cache($|[\s,=])/i.test(headers.get("cache-control") ?? "") || /no-cache/i.test(headers.get("pragma") ?? "");
}

/** The Nuki client for a signed-in request: the user's token, the account's shared reads. */
export function nukiForAccount(accessToken: string, accountId: string, options: { fresh?: boolean; request?: boolean } = {}): NukiClient {
  return withSharedReads(createNukiClient(accessToken), accountId, options);
}

/** The same for one request of a signed-in user: a hard reload (`Cache-Control: no-cache`) reads fresh. */
export function nukiForRequest(session: { accessToken: string; accountId: string }, headers: Headers): NukiClient {
  return nukiForAccount(session.accessToken, session.accountId, { fresh: wantsFresh(headers), request: true });
}
