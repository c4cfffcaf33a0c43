import { describe, expect, it } from "vitest";
import type { NukiClient } from "./client";
import { NukiError } from "./errors";
import { ReadCache, READ_CACHE_TTL_MS, wantsFresh, withSharedReads } from "./read-cache";
import type { NukiAuth, NukiSmartlock } from "./schemas";

const A = 17_000_000_001;
const B = 17_000_000_002;
const lock = (id: number, name = `Lock ${id}`): NukiSmartlock => ({ smartlockId: id, accountId: 1, type: 4, name, serverState: 0 });
const auth = (id: string, smartlockId: number, name = "Guest"): NukiAuth => ({ id, smartlockId, type: 13, name, enabled: true, code: 456_789 });

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}
function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A Nuki client that counts calls; by default it answers at once from `state`, or from a deferred when one is queued. */
function fakeNuki() {
  const state = { locks: [lock(A), lock(B)], auths: [auth("a".repeat(24), A), auth("b".repeat(24), B)] };
  const calls: string[] = [];
  const gates: Deferred<void>[] = [];
  /** Answers with the state at the time of the call (as Nuki would), delivered when its gate opens. */
  const answer = async <T,>(name: string, value: () => T): Promise<T> => {
    calls.push(name);
    const gate = gates.shift();
    let result: { ok: true; value: T } | { ok: false; error: unknown };
    try {
      result = { ok: true, value: value() };
    } catch (error) {
      result = { ok: false, error };
    }
    if (gate) await gate.promise;
    if (!result.ok) throw result.error;
    return result.value;
  };
  const nuki = {
    getAccount: async () => ({ accountId: 1, email: "a@b.c", name: "A" }),
    listLocks: () => answer("listLocks", () => structuredClone(state.locks)),
    getLock: (id: number) =>
      answer(`getLock ${id}`, () => {
        const found = state.locks.find((l) => l.smartlockId === id);
        if (!found) throw new NukiError("not_found", "no lock", 404);
        return structuredClone(found);
      }),
    syncLock: (id: number) => answer(`syncLock ${id}`, () => undefined),
    listAllKeypadAuths: () => answer("listAllKeypadAuths", () => structuredClone(state.auths)),
    listKeypadAuths: (id: number) => answer(`listKeypadAuths ${id}`, () => structuredClone(state.auths.filter((a) => a.smartlockId === id))),
    createAuth: (id: number) => answer(`createAuth ${id}`, () => undefined),
    updateAuth: (id: number) => answer(`updateAuth ${id}`, () => undefined),
    deleteAuth: (id: number) => answer(`deleteAuth ${id}`, () => undefined),
    registerWebhook: async () => ({ id: 1, secret: "s", webhookUrl: "u", webhookFeatures: [] }),
  } as unknown as NukiClient;
  /** The next upstream call waits until the returned gate is opened. */
  const hold = () => {
    const gate = deferred<void>();
    gates.push(gate);
    return gate;
  };
  return { nuki, state, calls, hold };
}

function setup() {
  let now = 1_000_000;
  const cache = new ReadCache({ now: () => now });
  const upstream = fakeNuki();
  const client = (account = "acct", fresh = false) => withSharedReads(upstream.nuki, account, { cache, fresh });
  return { cache, ...upstream, client, advance: (ms: number) => (now += ms) };
}

describe("shared reads", () => {
  it("coalesces concurrent identical reads of one account into one upstream call", async () => {
    const { client, calls, hold } = setup();
    const gate = hold();
    const reads = Array.from({ length: 20 }, () => client().listLocks());
    gate.resolve();
    const answers = await Promise.all(reads);
    expect(calls).toEqual(["listLocks"]);
    expect(answers.every((a) => a === answers[0])).toBe(true);
  });

  it("reuses an answer for the TTL, then reads again", async () => {
    const { client, calls, advance } = setup();
    await client().listAllKeypadAuths();
    advance(READ_CACHE_TTL_MS - 1);
    await client().listAllKeypadAuths();
    expect(calls).toEqual(["listAllKeypadAuths"]);
    advance(1);
    await client().listAllKeypadAuths();
    expect(calls).toEqual(["listAllKeypadAuths", "listAllKeypadAuths"]);
  });

  it("keeps accounts apart", async () => {
    const { client, calls } = setup();
    await client("one").listLocks();
    await client("two").listLocks();
    await client("one").listLocks();
    expect(calls).toEqual(["listLocks", "listLocks"]);
  });

  it("serves one lock out of the account-wide listings, so the overview's two calls also serve the lock page", async () => {
    const { client, calls } = setup();
    await Promise.all([client().listLocks(), client().listAllKeypadAuths()]);
    expect(await client().getLock(A)).toMatchObject({ smartlockId: A });
    expect(await client().listKeypadAuths(B)).toEqual([auth("b".repeat(24), B)]);
    expect(calls).toEqual(["listLocks", "listAllKeypadAuths"]);
  });

  it("reads a lock on its own when the account-wide listing cannot vouch for it", async () => {
    const { client, calls, state } = setup();
    state.auths = [auth("a".repeat(24), A)];
    await Promise.all([client().listLocks(), client().listAllKeypadAuths()]);
    // No codes for B in the account-wide listing: B might not even be in the account.
    expect(await client().listKeypadAuths(B)).toEqual([]);
    await expect(client().getLock(99)).rejects.toMatchObject({ kind: "not_found" });
    expect(calls).toEqual(["listLocks", "listAllKeypadAuths", `listKeypadAuths ${B}`, "getLock 99"]);
  });

  it("joins a lock's read to an account-wide read in flight", async () => {
    const { client, calls, hold } = setup();
    const gate = hold();
    const wide = client().listAllKeypadAuths();
    const one = client().listKeypadAuths(A);
    gate.resolve();
    await wide;
    expect(await one).toEqual([auth("a".repeat(24), A)]);
    expect(calls).toEqual(["listAllKeypadAuths"]);
  });

  it("forgets everything of the account after a write through it, also when the write fails", async () => {
    const { client, calls, hold } = setup();
    await client().listLocks();
    await client().createAuth(A, {} as never);
    await client().listLocks();
    expect(calls).toEqual(["listLocks", `createAuth ${A}`, "listLocks"]);
    await client("other").listLocks();

    // A write that timed out may still have been applied: it invalidates too.
    const gate = hold();
    const deleting = client().deleteAuth(A, "c".repeat(24));
    gate.reject(new NukiError("unavailable", "Nuki did not answer in time"));
    await expect(deleting).rejects.toMatchObject({ kind: "unavailable" });
    await client().listLocks();
    expect(calls.filter((c) => c === "listLocks")).toHaveLength(4);
  });

  it("never stores an answer to a read that started before a write", async () => {
    const { client, calls, hold, state } = setup();
    const gate = hold();
    const stale = client().listAllKeypadAuths();
    await client().createAuth(A, {} as never);
    state.auths = [...state.auths, auth("d".repeat(24), A, "New")];
    gate.resolve();
    expect(await stale).toHaveLength(2);
    // A new read after the write goes upstream and sees the new code.
    expect(await client().listAllKeypadAuths()).toHaveLength(3);
    expect(calls).toEqual(["listAllKeypadAuths", `createAuth ${A}`, "listAllKeypadAuths"]);
  });

  it("does not join a read in flight since before a write", async () => {
    const { client, calls, hold } = setup();
    const gate = hold();
    const before = client().listLocks();
    await client().syncLock(A);
    const after = client().listLocks();
    gate.resolve();
    await Promise.all([before, after]);
    expect(calls).toEqual(["listLocks", `syncLock ${A}`, "listLocks"]);
  });

  it("does not cache failures, and the next read tries again", async () => {
    const { client, calls, hold } = setup();
    const gate = hold();
    const failing = client().listLocks();
    gate.reject(new NukiError("unavailable", "down"));
    await expect(failing).rejects.toMatchObject({ kind: "unavailable" });
    await client().listLocks();
    expect(calls).toEqual(["listLocks", "listLocks"]);
  });

  it("a fresh read always goes upstream, and afterwards serves the others", async () => {
    const { client, calls } = setup();
    await client().listAllKeypadAuths();
    await client("acct", true).listAllKeypadAuths();
    await client("acct", true).listAllKeypadAuths();
    await client().listKeypadAuths(A);
    expect(calls).toEqual(["listAllKeypadAuths", "listAllKeypadAuths", "listAllKeypadAuths"]);
  });

  it("after a fresh read of one lock, nothing older about that lock is served", async () => {
    const { client, calls, state } = setup();
    await Promise.all([client().listLocks(), client().listAllKeypadAuths()]);
    state.auths = [...state.auths, auth("d".repeat(24), A, "Confirmed")];
    // The engine confirms a write on A with its own fresh read.
    expect(await client("acct", true).listKeypadAuths(A)).toHaveLength(2);
    // A page view of A now gets the engine's answer, not the older account-wide one...
    expect(await client().listKeypadAuths(A)).toHaveLength(2);
    // ...and the overview reads the account again rather than show A without the new code.
    expect(await client().listAllKeypadAuths()).toHaveLength(3);
    // Other locks' parts of the account-wide listing stay usable.
    await client().listKeypadAuths(B);
    expect(calls).toEqual(["listLocks", "listAllKeypadAuths", `listKeypadAuths ${A}`, "listAllKeypadAuths"]);
  });

  it("an older read still in flight is not stored over a fresh one", async () => {
    const { client, calls, hold, state } = setup();
    const gate = hold();
    const older = client().listKeypadAuths(A);
    state.auths = [...state.auths, auth("d".repeat(24), A, "Confirmed")];
    const fresh = await client("acct", true).listKeypadAuths(A);
    gate.resolve();
    await older;
    expect(fresh).toHaveLength(2);
    expect(await client().listKeypadAuths(A)).toHaveLength(2);
    expect(calls).toEqual([`listKeypadAuths ${A}`, `listKeypadAuths ${A}`]);
  });

  it("with no lifetime, only shares reads in flight", async () => {
    const upstream = fakeNuki();
    const cache = new ReadCache({ ttlMs: 0 });
    const client = withSharedReads(upstream.nuki, "acct", { cache });
    const gate = upstream.hold();
    const together = [client.listLocks(), client.listLocks()];
    gate.resolve();
    await Promise.all(together);
    await client.listLocks();
    expect(upstream.calls).toEqual(["listLocks", "listLocks"]);
  });

  it("forgets every account at once when told to", async () => {
    const { cache, client, calls } = setup();
    await client("one").listLocks();
    cache.clear();
    await client("one").listLocks();
    expect(calls).toEqual(["listLocks", "listLocks"]);
  });

  it("forgets idle accounts", async () => {
    const { cache, client, advance } = setup();
    await client("one").listLocks();
    await client("two").listLocks();
    expect(cache.size).toEqual({ accounts: 2, entries: 2 });
    advance(READ_CACHE_TTL_MS);
    cache.sweep();
    expect(cache.size).toEqual({ accounts: 0, entries: 0 });
  });
});

describe("one request's reads", () => {
  it("a fresh request reads each listing upstream once, until it writes", async () => {
    const { cache, upstream } = { cache: new ReadCache(), upstream: fakeNuki() };
    const request = withSharedReads(upstream.nuki, "acct", { cache, fresh: true, request: true });
    await Promise.all([request.getLock(A), request.listKeypadAuths(A)]);
    await Promise.all([request.getLock(A), request.listKeypadAuths(A)]);
    expect(upstream.calls).toEqual([`getLock ${A}`, `listKeypadAuths ${A}`]);
    await request.syncLock(A);
    await request.getLock(A);
    expect(upstream.calls).toEqual([`getLock ${A}`, `listKeypadAuths ${A}`, `syncLock ${A}`, `getLock ${A}`]);
  });

  it("does not keep a failed read, and a client that is not a request's shares only through the cache", async () => {
    const { cache, upstream } = { cache: new ReadCache({ ttlMs: 0 }), upstream: fakeNuki() };
    const request = withSharedReads(upstream.nuki, "acct", { cache, request: true });
    await expect(request.getLock(99)).rejects.toThrow("no lock");
    await expect(request.getLock(99)).rejects.toThrow("no lock");
    const plain = withSharedReads(upstream.nuki, "acct", { cache });
    await plain.listLocks();
    await plain.listLocks();
    expect(upstream.calls).toEqual(["getLock 99", "getLock 99", "listLocks", "listLocks"]);
  });
});

describe("wantsFresh", () => {
  it("is true for a hard reload's no-cache, not for an ordinary reload", () => {
    expect(wantsFresh(new Headers({ "cache-control": "no-cache" }))).toBe(true);
    expect(wantsFresh(new Headers({ pragma: "no-cache" }))).toBe(true);
    expect(wantsFresh(new Headers({ "cache-control": "max-age=0" }))).toBe(false);
    expect(wantsFresh(new Headers())).toBe(false);
  });
});
