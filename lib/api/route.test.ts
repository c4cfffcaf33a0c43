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
const call = (route: Route, lockId: string) => route(new Request(`http://localhost/api/locks/${lockId}/x`), { params: Promise.resolve({ lockId, pinId: "p" }) });

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
      throw new ApiError("invalid_input", "limit is wrong.", "limit");
    };
    const response = await call(apiRoute({ lock: "lock", input }, handler), "17000000999");
    expect(response.status).toBe(422);
    expect((await response.json()).error.field).toBe("limit");
    expect(calls).toEqual([]);
    expect(handler).not.toHaveBeenCalled();
  });
});
