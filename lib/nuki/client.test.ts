import { describe, expect, it } from "vitest";
import { createNukiClient } from "./client";
import { NukiError } from "./errors";

type Call = { url: string; init: RequestInit };

function fakeFetch(status: number, body?: unknown, headers: Record<string, string> = {}) {
  const calls: Call[] = [];
  const fn = (async (url: URL | string, init: RequestInit = {}) => {
    calls.push({ url: String(url), init });
    return new Response(body === undefined ? null : JSON.stringify(body), { status, headers });
  }) as typeof fetch;
  return { fn, calls };
}

const lock = { smartlockId: 18000000001, accountId: 1, type: 4, name: "Flat", serverState: 0 };

describe("createNukiClient", () => {
  it("sends the bearer token to the configured base URL and parses the response", async () => {
    const { fn, calls } = fakeFetch(200, [lock]);
    const client = createNukiClient("tok", { baseUrl: "http://sim.test/api", fetch: fn });
    await expect(client.listLocks()).resolves.toEqual([lock]);
    expect(calls[0]?.url).toBe("http://sim.test/api/smartlock");
    expect(new Headers(calls[0]?.init.headers).get("authorization")).toBe("Bearer tok");
  });

  it("asks for keypad codes only, of all locks in one call", async () => {
    const { fn, calls } = fakeFetch(200, []);
    await createNukiClient("t", { baseUrl: "http://x", fetch: fn }).listAllKeypadAuths();
    expect(calls[0]?.url).toBe("http://x/smartlock/auth?types=13");
  });

  it("parses a big listing once while Nuki sends the same bytes, and again when they change", async () => {
    const code = (i: number, name: string) => ({ id: i.toString(16).padStart(24, "0"), smartlockId: 18000000001, type: 13, name, enabled: true, code: 100_000 + i });
    const listing = (name: string) => Array.from({ length: 1_000 }, (_, i) => code(i, name));
    let body = listing("Guest");
    const fn = (async () => new Response(JSON.stringify(body))) as typeof fetch;
    const client = createNukiClient("t", { baseUrl: "http://parse-once.test", fetch: fn });
    const first = await client.listAllKeypadAuths();
    expect(first).toHaveLength(1_000);
    expect(await client.listAllKeypadAuths()).toBe(first);
    expect(Object.isFrozen(first[0])).toBe(true);
    body = listing("Other");
    const changed = await client.listAllKeypadAuths();
    expect(changed).not.toBe(first);
    expect(changed[0]?.name).toBe("Other");
    // A malformed answer is refused every time, not kept.
    body = [{ id: 1 }, ...listing("Guest")] as never;
    await expect(client.listAllKeypadAuths()).rejects.toMatchObject({ kind: "bad_response" });
    await expect(client.listAllKeypadAuths()).rejects.toMatchObject({ kind: "bad_response" });
  });

  it("reads a lock's log page by page, with Nuki's query names, and refuses a malformed paging id", async () => {
    const entry = { id: "a".repeat(24), smartlockId: 42, authId: "b".repeat(24), name: "Anna", action: 1, trigger: 255, state: 0, date: "2026-11-23T10:00:00.000Z" };
    const { fn, calls } = fakeFetch(200, [entry]);
    const client = createNukiClient("t", { baseUrl: "http://x", fetch: fn });
    await expect(client.listLog(42, { limit: 80, id: "c".repeat(24), fromDate: "2026-11-01T00:00:00.000Z" })).resolves.toEqual([entry]);
    expect(calls[0]?.url).toBe(`http://x/smartlock/42/log?limit=50&id=${"c".repeat(24)}&fromDate=2026-11-01T00%3A00%3A00.000Z`);
    await expect(client.listLog(42, { limit: 5, id: "../auth" })).rejects.toBeInstanceOf(NukiError);
    expect(calls).toHaveLength(1);
  });

  it("creates keypad codes with type 13 as JSON", async () => {
    const { fn, calls } = fakeFetch(204);
    const payload = {
      name: "Guest",
      code: 354879,
      remoteAllowed: false,
      allowedFromDate: null,
      allowedUntilDate: null,
      allowedWeekDays: 127,
      allowedFromTime: 0,
      allowedUntilTime: 0,
    };
    await createNukiClient("t", { baseUrl: "http://x", fetch: fn }).createAuth(42, payload);
    expect(calls[0]?.init.method).toBe("PUT");
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ ...payload, type: 13 });
  });

  it.each([
    [401, "unauthorized"],
    [403, "not_found"],
    [404, "not_found"],
    [409, "conflict"],
    [422, "unprocessable"],
    [423, "locked"],
    [429, "rate_limited"],
    [500, "unavailable"],
    [503, "unavailable"],
    [400, "invalid"],
  ])("maps upstream %i to %s", async (status, kind) => {
    const { fn } = fakeFetch(status, { detailMessage: "nope", stackTrace: [], suppressedExceptions: [] });
    const error = await createNukiClient("t", { baseUrl: "http://x", fetch: fn }).listLocks().catch((e) => e);
    expect(error).toBeInstanceOf(NukiError);
    expect(error).toMatchObject({ kind, status, detail: "nope" });
  });

  it("reads Nuki's second error shape and Retry-After", async () => {
    const { fn } = fakeFetch(429, { code: 429, description: "slow down", reasonPhrase: "Too Many Requests" }, { "Retry-After": "7" });
    const error = await createNukiClient("t", { baseUrl: "http://x", fetch: fn }).listLocks().catch((e) => e);
    expect(error).toMatchObject({ kind: "rate_limited", detail: "slow down", retryAfter: 7 });
  });

  it("reports a timeout and an unreachable server as unavailable", async () => {
    const hang = ((_url: URL | string, init: RequestInit = {}) =>
      new Promise((_, reject) => init.signal?.addEventListener("abort", () => reject(init.signal?.reason)))) as typeof fetch;
    await expect(createNukiClient("t", { baseUrl: "http://x", fetch: hang, timeoutMs: 20 }).listLocks()).rejects.toMatchObject({
      kind: "unavailable",
      message: "Nuki did not answer in time",
    });
    const refuse = (async () => {
      throw new TypeError("fetch failed");
    }) as typeof fetch;
    await expect(createNukiClient("t", { baseUrl: "http://x", fetch: refuse }).listLocks()).rejects.toMatchObject({
      kind: "unavailable",
    });
  });

  it("rejects a response that does not match the spec", async () => {
    const { fn } = fakeFetch(200, [{ name: "no id" }]);
    await expect(createNukiClient("t", { baseUrl: "http://x", fetch: fn }).listLocks()).rejects.toMatchObject({ kind: "bad_response" });
  });

  it("never builds an upstream path from a malformed id", async () => {
    const { fn, calls } = fakeFetch(204);
    const client = createNukiClient("t", { baseUrl: "http://x", fetch: fn });
    await expect(client.deleteAuth(42, "../../account")).rejects.toMatchObject({ kind: "not_found" });
    await expect(client.getLock(-1)).rejects.toMatchObject({ kind: "not_found" });
    expect(calls).toHaveLength(0);
  });
});
