import { describe, expect, it } from "vitest";
import { isValidKeypadCode } from "./auth-body";
import { FLEET_FIRST_LOCK_ID, seedFleetData } from "./fleet";
import { DEMO_ACCOUNT_ID, OTHER_ACCOUNT_ID, seedDemoData } from "./seed";
import { call, keypadBody, LOCKS, signedInSimulator, START, type ListedAuth } from "./test-support";

describe("fleet seed", () => {
  it("gives the demo account the asked-for locks, each with that many valid, distinct codes", () => {
    const data = seedFleetData(START, { locks: 12, pinsPerLock: 25 });
    const mine = [...data.locks.values()].filter((l) => l.accountId === DEMO_ACCOUNT_ID);
    expect(mine).toHaveLength(12);
    expect(mine[0]).toMatchObject({ smartlockId: FLEET_FIRST_LOCK_ID, name: "Flat 001 Berlin", serverState: 0 });
    expect([...data.locks.values()].some((l) => l.accountId === OTHER_ACCOUNT_ID)).toBe(true);
    for (const lock of mine) {
      expect(lock.keypadPaired || lock.keypad2Paired).toBe(true);
      const codes = [...data.auths.values()].filter((a) => a.smartlockId === lock.smartlockId && a.type === 13);
      expect(codes).toHaveLength(25);
      expect(new Set(codes.map((a) => a.code)).size).toBe(25);
      expect(new Set(codes.map((a) => a.id)).size).toBe(25);
      for (const auth of codes) {
        expect(isValidKeypadCode(auth.code!)).toBe(true);
        expect(auth.name.length).toBeLessThanOrEqual(20);
      }
    }
    expect(new Set([...data.auths.keys()]).size).toBe(data.auths.size);
    expect(data.logs.every((e) => Date.parse(e.date) < START)).toBe(true);
  });

  it("seeds 100 locks with 60 codes each, codes distinct per lock", () => {
    const data = seedFleetData(START, { locks: 100, pinsPerLock: 60 });
    const codes = [...data.auths.values()].filter((a) => a.type === 13 && a.smartlockId >= FLEET_FIRST_LOCK_ID);
    expect(codes).toHaveLength(6000);
    // How long the seed takes is the bench's business (it resets to this fleet), not a unit test's.
    const perLock = new Map<number, Set<number | null | undefined>>();
    for (const auth of codes) perLock.set(auth.smartlockId, (perLock.get(auth.smartlockId) ?? new Set()).add(auth.code));
    expect([...perLock.values()].every((set) => set.size === 60)).toBe(true);
  });
});

describe("control hooks for load tests", () => {
  it("resets to a fleet and back to the demo locks", async () => {
    const { sim, api } = await signedInSimulator();
    const reset = await call(sim, "POST", "/_control/reset", { json: { fleet: { locks: 3, pinsPerLock: 4 }, latencyMs: 0 } });
    expect(reset).toMatchObject({ status: 200, body: { fleet: { locks: 3, pinsPerLock: 4 } } });
    const locks = (await api("GET", "/smartlock")).body as { name: string }[];
    expect(locks.map((l) => l.name)).toEqual(["Flat 001 Berlin", "Flat 002 London", "Flat 003 New York"]);
    expect(((await api("GET", "/smartlock/auth?types=13")).body as ListedAuth[])).toHaveLength(12);
    expect((await call(sim, "POST", "/_control/reset", { json: { fleet: { locks: 0, pinsPerLock: 1 } } })).status).toBe(400);

    await call(sim, "POST", "/_control/reset", { json: {} });
    const demoLocks = [...seedDemoData(START).locks.values()].filter((l) => l.accountId === DEMO_ACCOUNT_ID);
    expect(((await api("GET", "/smartlock")).body as unknown[]).length).toBe(demoLocks.length);
    expect((await call(sim, "GET", "/_control/stats")).body).toMatchObject({ fleet: null });
  });

  it("counts every request since the reset by route, beyond the 500 the log keeps", async () => {
    const { sim, api } = await signedInSimulator();
    await call(sim, "POST", "/_control/reset", { json: {} });
    for (let i = 0; i < 510; i++) await api("GET", "/smartlock");
    await api("GET", `/smartlock/${LOCKS.berlin}/auth?types=13`);
    await api("PUT", `/smartlock/${LOCKS.berlin}/auth`, keypadBody());
    const { body } = await call(sim, "GET", "/_control/stats");
    expect(body).toMatchObject({
      requests: { total: 512, byRoute: { "GET /smartlock": 510, "GET /smartlock/{id}/auth": 1, "PUT /smartlock/{id}/auth": 1 } },
      locks: seedDemoData(START).locks.size,
      pending: 1,
      webhooks: 0,
    });
    await call(sim, "POST", "/_control/reset", { json: {} });
    expect((await call(sim, "GET", "/_control/stats")).body).toMatchObject({ requests: { total: 0, byRoute: {} } });
  });

  it("removes every webhook at once", async () => {
    const { sim, api } = await signedInSimulator();
    // The app's scopes do not include webhooks here; register directly.
    sim.webhooks.register(DEMO_ACCOUNT_ID, "http://localhost:1/hook", ["DEVICE_AUTHS"]);
    expect((await call(sim, "GET", "/_control/stats")).body).toMatchObject({ webhooks: 1 });
    expect((await call(sim, "DELETE", "/_control/webhooks")).body).toEqual({ ok: true, removed: 1 });
    expect((await call(sim, "GET", "/_control/stats")).body).toMatchObject({ webhooks: 0 });
    expect((await api("GET", "/smartlock")).status).toBe(200);
  });
});
