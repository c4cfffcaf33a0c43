import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Kysely } from "kysely";
import { ApiError } from "@/lib/api/errors";
import type { Database } from "@/lib/db/schema";
import { createEngine } from "@/lib/engine/engine";
import { createLedger } from "@/lib/ledger/ledger";
import { createNukiClient } from "@/lib/nuki/client";
import { NukiSimulator } from "@/lib/simulator";
import { BASE, LOCKS, signIn } from "@/lib/simulator/test-support";
import { freshDatabase } from "@/test/databases";
import { parsePinSearch, searchPins } from "./search";
import type { PinContext } from "./service";

let db: Kysely<Database>;

async function setup() {
  const sim = new NukiSimulator({ tokenTtlSeconds: 3600 });
  const tokens = await signIn(sim);
  const fetchViaSimulator = (async (url: URL | string, init?: RequestInit) => sim.handle(new Request(url, init), "/sim")) as typeof fetch;
  const nuki = createNukiClient(tokens.access_token, { baseUrl: BASE, fetch: fetchViaSimulator });
  db = (await freshDatabase("sqlite")).db;
  const ledger = createLedger(db);
  const engine = createEngine({ ledger, owner: "test", nukiFor: async () => nuki, policy: { confirmWindowMs: 10_000, maxAttempts: 3, auditEveryMs: 5_000 } });
  return { sim, ctx: { nuki, accountId: "acct", actor: "Ana", engine, ledger } satisfies PinContext };
}

beforeEach(() => vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-11-23T10:00:00Z") }));
afterEach(async () => {
  vi.useRealTimers();
  await db?.destroy();
});

describe("searchPins", () => {
  it("finds PINs by name or code across every lock in two upstream calls, with the lock they are on", async () => {
    const { sim, ctx } = await setup();
    const before = sim.requests.length;
    const owners = await searchPins(ctx, { q: "owner", filter: "all" });
    expect(sim.requests.slice(before).map((r) => r.path).sort()).toEqual(["/smartlock", "/smartlock/auth"]);
    expect(owners.map((p) => p.lockName)).toEqual(["Berlin Apartment", "Berlin Building Door", "Bondi Beach House", "Brooklyn Loft", "London Flat"]);
    const byCode = await searchPins(ctx, { q: "7351", filter: "all" });
    expect(byCode).toEqual([expect.objectContaining({ name: "Lukas Weber", lockId: LOCKS.berlin, lockZone: "Europe/Berlin" })]);
  });

  it("applies the filter on each lock's own clock", async () => {
    const { ctx } = await setup();
    expect((await searchPins(ctx, { q: "", filter: "expired" })).map((p) => p.name).sort()).toEqual(["Chloe Nguyen", "Sarah Davis", "Sophie Martin"]);
    expect((await searchPins(ctx, { q: "", filter: "upcoming" })).map((p) => p.name).sort()).toEqual(["Emily Clarke", "Jack Wilson", "Lukas Weber"]);
  });
});

describe("parsePinSearch", () => {
  it("reads q and filter, refusing an unknown filter or an overlong query by name", () => {
    expect(parsePinSearch(new URLSearchParams(""))).toEqual({ q: "", filter: "all" });
    expect(parsePinSearch(new URLSearchParams("q=%20Anna%20&filter=active"))).toEqual({ q: "Anna", filter: "active" });
    expect(() => parsePinSearch(new URLSearchParams("filter=gone"))).toThrow(expect.objectContaining({ status: 400, field: "filter" }) as ApiError);
    expect(() => parsePinSearch(new URLSearchParams(`q=${"x".repeat(41)}`))).toThrow(expect.objectContaining({ field: "q" }) as ApiError);
  });
});
