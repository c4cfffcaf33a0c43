import { describe, expect, it } from "vitest";
import type { FaultKind } from "./faults";
import type { NukiSimulator } from "./simulator";
import { call, keypadBody, LOCKS, signedInSimulator, type ListedAuth } from "./test-support";

const DELAY = 1500;

interface FaultState {
  faults: { config: { seed: number; global: Record<string, unknown>; locks: Record<string, Record<string, unknown>> }; injected: Record<FaultKind, number> };
  requests: { method: string; path: string; status: number; faults?: string[] }[];
  pending: { kind: string; sticky?: boolean }[];
}

const state = async (sim: NukiSimulator) => (await call(sim, "GET", "/_control/state")).body as FaultState;
const faults = (sim: NukiSimulator, json: unknown) => call(sim, "POST", "/_control/faults", { json });
type Api = Awaited<ReturnType<typeof signedInSimulator>>["api"];
const codes = async (api: Api, lockId: number) => (await api("GET", `/smartlock/${lockId}/auth?types=13`)).body as ListedAuth[];

describe("request faults", () => {
  it("answers 429 with Retry-After, only on REST calls, and counts it", async () => {
    const { sim, api } = await signedInSimulator();
    expect((await faults(sim, { rate429: 1, retryAfterSeconds: 7 })).status).toBe(200);
    const limited = await api("GET", "/smartlock");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("Retry-After")).toBe("7");
    expect(limited.body).toMatchObject({ code: 429, reasonPhrase: "Too Many Requests" });
    // OAuth and control are never faulted.
    expect((await call(sim, "POST", "/oauth/token", { form: { grant_type: "refresh_token" } })).status).toBe(401);
    const s = await state(sim);
    expect(s.faults.injected["429"]).toBe(1);
    expect(s.requests.at(-2)).toMatchObject({ path: "/smartlock", status: 429, faults: ["429"] });
    await faults(sim, { rate429: 1 });
    expect((await api("GET", "/account")).headers.get("Retry-After")).toBe("1");
  });

  it("answers 500 in Nuki's status shape", async () => {
    const { sim, api } = await signedInSimulator();
    await faults(sim, { rate500: 1 });
    const failed = await api("GET", `/smartlock/${LOCKS.berlin}/auth`);
    expect(failed).toMatchObject({ status: 500, body: { code: 500, description: expect.any(String), reasonPhrase: "Internal Server Error", homeRef: "/" } });
    expect((await state(sim)).faults.injected["500"]).toBe(1);
  });

  it("times out: 504 after timeoutMs of real time, and the write is lost or lands unheard", async () => {
    const { sim, api, clock } = await signedInSimulator();
    await faults(sim, { rateTimeout: 1, timeoutMs: 60, timeoutAppliesWrite: 0 });
    const started = performance.now();
    const lost = await api("PUT", `/smartlock/${LOCKS.berlin}/auth`, keypadBody({ name: "Lost" }));
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
    expect(lost).toMatchObject({ status: 504, body: { code: 504, reasonPhrase: "Gateway Timeout" } });

    await faults(sim, { rateTimeout: 1, timeoutMs: 0, timeoutAppliesWrite: 1 });
    expect((await api("PUT", `/smartlock/${LOCKS.berlin}/auth`, keypadBody({ name: "Unheard", code: 456_789 }))).status).toBe(504);
    await faults(sim, {});
    clock.advance(DELAY);
    const names = (await codes(api, LOCKS.berlin)).map((a) => a.name);
    expect(names).toContain("Unheard");
    expect(names).not.toContain("Lost");
    expect((await state(sim)).faults.injected).toMatchObject({ timeout: 2, timeoutAccepted: 1 });
  });

  it("is reproducible with a seed, and a different seed draws differently", async () => {
    const run = async (seed: number) => {
      const { sim, api } = await signedInSimulator();
      await faults(sim, { seed, rate429: 0.3, rate500: 0.2 });
      const statuses: number[] = [];
      for (let i = 0; i < 40; i++) statuses.push((await api("GET", "/smartlock")).status);
      return statuses;
    };
    const first = await run(42);
    expect(new Set(first)).toEqual(new Set([200, 429, 500]));
    expect(await run(42)).toEqual(first);
    expect(await run(7)).not.toEqual(first);
  });

  it("drops the same writes again under the same seed", async () => {
    const run = async (seed: number) => {
      const { sim, api, clock } = await signedInSimulator();
      await faults(sim, { seed, rateDropWrite: 0.5 });
      const sent = [345_671, 345_672, 345_673, 345_674, 345_675, 345_676, 345_677, 345_678, 345_679, 345_681, 345_682, 345_683];
      for (const code of sent) await api("PUT", `/smartlock/${LOCKS.berlin}/auth`, keypadBody({ name: `Guest ${code}`, code }));
      clock.advance(DELAY);
      return (await codes(api, LOCKS.berlin)).map((a) => a.code).filter((code) => sent.includes(code!));
    };
    const landed = await run(11);
    expect(landed.length).toBeGreaterThan(0);
    expect(landed.length).toBeLessThan(12);
    expect(await run(11)).toEqual(landed);
  });

  it("lets a lock's own setting win over the global one; calls naming no lock use the global one", async () => {
    const { sim, api } = await signedInSimulator();
    await faults(sim, { rate429: 1 });
    await faults(sim, { smartlockId: LOCKS.berlin, rate429: 0 });
    expect((await api("GET", `/smartlock/${LOCKS.berlin}/auth`)).status).toBe(200);
    expect((await api("GET", `/smartlock/${LOCKS.bondi}/auth`)).status).toBe(429);
    expect((await api("GET", "/smartlock/auth")).status).toBe(429);
    const s = await state(sim);
    expect(s.faults.config.global).toMatchObject({ rate429: 1, rate500: 0 });
    expect(s.faults.config.locks).toEqual({ [LOCKS.berlin]: { rate429: 0 } });

    await faults(sim, { smartlockId: LOCKS.berlin });
    expect((await api("GET", `/smartlock/${LOCKS.berlin}/auth`)).status).toBe(429);
    await faults(sim, {});
    expect((await api("GET", "/smartlock/auth")).status).toBe(200);
    expect((await state(sim)).faults.config).toMatchObject({ global: { rate429: 0 }, locks: {} });
  });

  it("delays per lock: latency and propagation", async () => {
    const { sim, api, clock } = await signedInSimulator();
    await faults(sim, { smartlockId: LOCKS.berlin, latencyMs: 40, propagationDelayMs: 10_000 });
    const started = performance.now();
    await api("GET", `/smartlock/${LOCKS.berlin}`);
    expect(performance.now() - started).toBeGreaterThanOrEqual(35);
    await api("PUT", `/smartlock/${LOCKS.berlin}/auth`, keypadBody());
    await api("PUT", `/smartlock/${LOCKS.bondi}/auth`, keypadBody());
    clock.advance(DELAY);
    expect((await codes(api, LOCKS.bondi)).some((a) => a.name === "Test Guest")).toBe(true);
    expect((await codes(api, LOCKS.berlin)).some((a) => a.name === "Test Guest")).toBe(false);
    clock.advance(10_000 - DELAY);
    expect((await codes(api, LOCKS.berlin)).some((a) => a.name === "Test Guest")).toBe(true);
  });

  it("refuses bad settings with 400 and a clear message, an unknown lock with 404", async () => {
    const { sim } = await signedInSimulator();
    const tooMuch = await faults(sim, { rate429: 0.6, rate500: 0.6 });
    expect(tooMuch).toMatchObject({ status: 400, body: { error: { code: "invalid_body", message: expect.stringContaining("must not exceed 1") } } });
    expect((await faults(sim, { rate429: 1.5 })).status).toBe(400);
    expect((await faults(sim, { rateDrop: 0.5 })).status).toBe(400);
    expect((await faults(sim, { timeoutMs: 10_000_000 })).status).toBe(400);
    expect((await faults(sim, { latencyMs: 100 })).body).toMatchObject({ error: { message: expect.stringContaining("/_control/config") } });
    expect((await faults(sim, { smartlockId: 1, rate429: 1 })).status).toBe(404);
    expect(() => sim.setFaults({ rate500: 2 })).toThrow();
  });
});

describe("write faults", () => {
  it("answers 423 while an operation on the auth is pending, only then, and only when asked to", async () => {
    const { sim, api, clock } = await signedInSimulator();
    const [first] = await codes(api, LOCKS.berlin);
    const path = `/smartlock/${LOCKS.berlin}/auth/${first!.id}`;
    expect((await api("POST", path, { name: "One" })).status).toBe(204);
    expect((await api("POST", path, { name: "Two" })).status).toBe(204);
    clock.advance(DELAY);

    await faults(sim, { lockedWhilePending: true });
    expect((await api("POST", path, { name: "Three" })).status).toBe(204);
    const locked = await api("POST", path, { name: "Four" });
    expect(locked).toMatchObject({ status: 423, body: { code: 423, reasonPhrase: "Locked" } });
    expect((await api("DELETE", path)).status).toBe(423);
    expect((await api("POST", "/smartlock/auth", [{ id: first!.id, name: "Five" }])).status).toBe(423);
    clock.advance(DELAY);
    expect((await codes(api, LOCKS.berlin)).find((a) => a.id === first!.id)?.name).toBe("Three");
    expect((await api("POST", path, { name: "Six" })).status).toBe(204);
    expect((await state(sim)).faults.injected["423"]).toBe(3);
  });

  it("drops accepted creates and updates: 204, and they never appear", async () => {
    const { sim, api, clock } = await signedInSimulator();
    const [first] = await codes(api, LOCKS.berlin);
    await faults(sim, { rateDropWrite: 1 });
    expect((await api("PUT", `/smartlock/${LOCKS.berlin}/auth`, keypadBody())).status).toBe(204);
    expect((await api("POST", `/smartlock/${LOCKS.berlin}/auth/${first!.id}`, { name: "Renamed" })).status).toBe(204);
    expect((await state(sim)).pending).toEqual([]);
    clock.advance(DELAY * 100);
    const listed = await codes(api, LOCKS.berlin);
    expect(listed.some((a) => a.name === "Test Guest" || a.name === "Renamed")).toBe(false);
    expect(listed.find((a) => a.id === first!.id)?.name).toBe(first!.name);
    const s = await state(sim);
    expect(s.faults.injected.dropWrite).toBe(2);
    expect(s.requests.filter((r) => r.faults?.includes("dropWrite")).map((r) => r.status)).toEqual([204, 204]);
  });

  it("keeps a PIN whose delete answered 204, and its code stays taken", async () => {
    const { sim, api, clock } = await signedInSimulator();
    const [first] = await codes(api, LOCKS.berlin);
    await faults(sim, { rateStickyDelete: 1 });
    expect((await api("DELETE", `/smartlock/${LOCKS.berlin}/auth/${first!.id}`)).status).toBe(204);
    expect((await state(sim)).pending).toEqual([expect.objectContaining({ kind: "delete", sticky: true })]);
    clock.advance(DELAY * 10);
    const still = (await codes(api, LOCKS.berlin)).find((a) => a.id === first!.id);
    expect(still).toMatchObject({ name: first!.name, code: first!.code });
    expect(still?.operationId).toBeUndefined();
    expect((await api("PUT", `/smartlock/${LOCKS.berlin}/auth`, keypadBody({ code: first!.code }))).status).toBe(409);
    expect((await state(sim)).faults.injected.stickyDelete).toBe(1);
  });

  it("is all cleared by a reset, counters included", async () => {
    const { sim, api } = await signedInSimulator();
    await faults(sim, { rate429: 1 });
    await faults(sim, { smartlockId: LOCKS.berlin, rate500: 1 });
    await api("GET", "/smartlock");
    expect((await call(sim, "POST", "/_control/reset")).status).toBe(200);
    expect((await api("GET", "/smartlock")).status).toBe(200);
    const s = await state(sim);
    expect(s.faults.injected["429"]).toBe(0);
    expect(s.faults.config.locks).toEqual({});
  });
});
