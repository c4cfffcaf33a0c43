import { beforeEach, describe, expect, it, vi } from "vitest";
import { NukiError } from "@/lib/nuki/errors";
import type { NukiClient } from "@/lib/nuki/client";

const MINE = 17_000_000_001;
const calls: string[] = [];

/** Nuki as the caller's account sees it: one lock of theirs, 404 for any other. */
const nuki = {
  getLock: async (id: number) => {
    calls.push(`getLock ${id}`);
    if (id !== MINE) throw new NukiError("not_found", "no lock", 404);
    return { smartlockId: id, accountId: 1, type: 4, name: "Front", serverState: 0 };
  },
  listKeypadAuths: async (id: number) => {
    calls.push(`listKeypadAuths ${id}`);
    if (id !== MINE) throw new NukiError("not_found", "no lock", 404);
    return [];
  },
  listLocks: async () => {
    calls.push("listLocks");
    return [{ smartlockId: MINE, accountId: 1, type: 4, name: "Front", serverState: 0 }];
  },
  listAllKeypadAuths: async () => {
    calls.push("listAllKeypadAuths");
    return [];
  },
} as unknown as NukiClient;

vi.mock("next/headers", () => ({ cookies: async () => ({ delete: () => undefined }) }));
vi.mock("@/lib/auth/session", () => ({
  SESSION_COOKIE: "session",
  getAuth: async () => ({ status: "signed-in", session: { grantId: "g", accountId: "acct", accessToken: "t" } }),
}));
vi.mock("@/lib/auth/grant-store", () => ({ getGrants: async () => ({ fail: async () => undefined }) }));
vi.mock("@/lib/nuki/read-cache", () => ({ nukiForRequest: () => nuki }));
vi.mock("./rate-limit", () => ({ limitWrite: async () => undefined, chargeGeneratedCode: async () => undefined }));

const { apiRoute } = await import("./route");
const { ApiError } = await import("./errors");

type Route = (request: Request, context: { params: Promise<{ lockId: string; pinId: string }> }) => Promise<Response>;
const call = (route: Route, lockId: string, headers?: Record<string, string>) =>
  route(new Request(`http://localhost/api/locks/${lockId}/x`, { headers }), { params: Promise.resolve({ lockId, pinId: "p" }) });

describe("apiRoute with a lock", () => {
  beforeEach(() => {
    calls.length = 0;
  });

  it("runs the handler with the parsed lock id once the lock is proven to be the caller's", async () => {
    const handler = vi.fn(async ({ lockId }: { lockId: number }) => ({ lockId }));
    const response = await call(apiRoute({ lock: "codes" }, handler), String(MINE));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ lockId: MINE });
    expect(calls.sort()).toEqual([`getLock ${MINE}`, `listKeypadAuths ${MINE}`]);
  });

  for (const proof of ["lock", "codes", "account"] as const) {
    it(`never runs the handler for another account's lock (proof by ${proof})`, async () => {
      const handler = vi.fn(async () => ({}));
      const response = await call(apiRoute({ lock: proof, pin: true }, handler), "17000000999");
      expect(response.status).toBe(404);
      expect((await response.json()).error.code).toBe("not_found");
      expect(handler).not.toHaveBeenCalled();
    });
  }

  it("answers 404 for an id that is no lock id, before anything goes upstream", async () => {
    const handler = vi.fn(async () => ({}));
    const response = await call(apiRoute({ lock: "lock" }, handler), "abc");
    expect(response.status).toBe(404);
    expect(calls).toEqual([]);
  });

  it("reads the input before the lock, so bad input is answered whoever's lock it names", async () => {
    const handler = vi.fn(async () => ({}));
    const input = () => {
      throw new ApiError("invalid_input", "limitRange", "limit", undefined, { max: 200 });
    };
    const response = await call(apiRoute({ lock: "lock", input }, handler), "17000000999");
    expect(response.status).toBe(422);
    expect((await response.json()).error.field).toBe("limit");
    expect(calls).toEqual([]);
    expect(handler).not.toHaveBeenCalled();
  });
});

describe("apiRoute's error answers", () => {
  const refused = () => call(apiRoute({ lock: "lock" }, async () => ({})), "abc", undefined);
  const ask = (headers: Record<string, string>) => call(apiRoute({ lock: "lock" }, async () => ({})), "abc", headers);

  it("are in English when nothing says otherwise", async () => {
    const response = await refused();
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "not_found", message: "No such lock in your Nuki account." } });
  });

  it("are in German for a browser that prefers it, with the same code", async () => {
    const response = await ask({ "Accept-Language": "de-DE,de;q=0.9,en;q=0.5" });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "not_found", message: "Dieses Schloss gibt es in Ihrem Nuki-Konto nicht." } });
  });

  it("follow the host's choice in the keyhost-locale cookie over the browser's", async () => {
    const german = await ask({ Cookie: "other=1; keyhost-locale=de", "Accept-Language": "en-GB" });
    expect(await german.json()).toEqual({ error: { code: "not_found", message: "Dieses Schloss gibt es in Ihrem Nuki-Konto nicht." } });
    const english = await ask({ Cookie: "keyhost-locale=en", "Accept-Language": "de" });
    expect((await english.json()).error.message).toBe("No such lock in your Nuki account.");
  });

  it("put a value into the sentence in the request's language", async () => {
    const input = () => {
      throw new ApiError("invalid_input", "limitRange", "limit", undefined, { max: 200 });
    };
    const response = await call(apiRoute({ lock: "lock", input }, async () => ({})), String(MINE), { "Accept-Language": "de" });
    expect(await response.json()).toEqual({ error: { code: "invalid_input", message: "limit muss eine ganze Zahl von 1 bis 200 sein.", field: "limit" } });
  });
});

const { accountChanges } = await import("@/lib/process/account-changes");
const { env } = await import("@/lib/env/index.mjs");

describe("apiRoute and the host's changes", () => {
  const route = apiRoute(async () => ({ ok: true }));
  const request = (method: string) =>
    new Request("http://localhost/api/stays", { method, headers: { origin: new URL(env.appUrl).origin } });

  it("counts a change to the account after each write, even a refused one, and none after a read", async () => {
    const before = accountChanges("acct");
    await route(request("GET"), { params: Promise.resolve({}) });
    expect(accountChanges("acct")).toBe(before);
    await route(request("POST"), { params: Promise.resolve({}) });
    expect(accountChanges("acct")).toBe(before + 1);
    await apiRoute(async () => {
      throw new ApiError("unauthorized", "signIn");
    })(request("PATCH"), { params: Promise.resolve({}) });
    expect(accountChanges("acct")).toBe(before + 2);
  });
});
