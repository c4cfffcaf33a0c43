import { describe, expect, it } from "vitest";
import type { NukiSimulator } from "./simulator";
import { call, keypadBody, LOCKS, signedInSimulator, type ListedAuth } from "./test-support";

const DELAY = 1500;

interface State {
  requests: { method: string; path: string; body?: unknown; status: number; origin?: string }[];
  faults: { injected: { appChange: number } };
  backOnline: { smartlockId: number; at: string }[];
}

const state = async (sim: NukiSimulator) => (await call(sim, "GET", "/_control/state")).body as State;
type Api = Awaited<ReturnType<typeof signedInSimulator>>["api"];
const codes = async (api: Api, lockId: number) => (await api("GET", `/smartlock/${lockId}/auth?types=13`)).body as ListedAuth[];
const byName = async (api: Api, lockId: number, name: string) => (await codes(api, lockId)).find((a) => a.name === name);

const CLEAR_WINDOW = { allowedFromDate: null, allowedUntilDate: null, allowedWeekDays: null, allowedFromTime: null, allowedUntilTime: null };

describe("changes made in the Nuki app", () => {
  it("apply at once, can clear the time window, and show in the request log as the app's", async () => {
    const { sim, api } = await signedInSimulator();
    const cleaner = (await byName(api, LOCKS.berlin, "Cleaner Maria"))!;
    expect(cleaner.allowedWeekDays).toBe(124);
    const changed = await call(sim, "POST", `/_control/auths/${cleaner.id}`, { json: { name: "Maria (app)", ...CLEAR_WINDOW } });
    expect(changed).toMatchObject({ status: 200, body: { ok: true, auth: { id: cleaner.id, name: "Maria (app)" } } });

    const now = (await codes(api, LOCKS.berlin)).find((a) => a.id === cleaner.id)!;
    expect(now).toMatchObject({ name: "Maria (app)", code: cleaner.code, enabled: true, allowedWeekDays: 0, allowedFromTime: 0, allowedUntilTime: 0 });
    expect(now.allowedFromDate).toBeUndefined();
    expect(now.allowedUntilDate).toBeUndefined();
    expect(now.operationId).toBeUndefined();
    const logged = (await state(sim)).requests.find((r) => r.origin === "nuki-app");
    expect(logged).toMatchObject({ method: "POST", path: `/smartlock/${LOCKS.berlin}/auth/${cleaner.id}`, body: { name: "Maria (app)", allowedFromDate: null }, status: 204 });
  });

  it("leave what they do not mention alone", async () => {
    const { sim, api } = await signedInSimulator();
    const cleaner = (await byName(api, LOCKS.berlin, "Cleaner Maria"))!;
    await call(sim, "POST", `/_control/auths/${cleaner.id}`, { json: { enabled: false, allowedUntilDate: "2026-04-01T12:00:00+02:00" } });
    expect((await codes(api, LOCKS.berlin)).find((a) => a.id === cleaner.id)).toMatchObject({
      name: "Cleaner Maria",
      enabled: false,
      allowedWeekDays: 124,
      allowedFromTime: 480,
      allowedFromDate: cleaner.allowedFromDate,
      allowedUntilDate: "2026-04-01T10:00:00.000Z",
    });
  });

  it("are checked like Nuki checks them", async () => {
    const { sim, api } = await signedInSimulator();
    const [first, second] = await codes(api, LOCKS.berlin);
    const path = `/_control/auths/${first!.id}`;
    expect(await call(sim, "POST", path, { json: {} })).toMatchObject({ status: 400, body: { error: { code: "invalid_body" } } });
    expect((await call(sim, "POST", path, { json: { code: 120_000 } })).status).toBe(400);
    expect((await call(sim, "POST", path, { json: { allowedFromDate: "tomorrow" } })).status).toBe(400);
    expect((await call(sim, "POST", path, { json: { name: "x".repeat(21) } })).status).toBe(422);
    expect(await call(sim, "POST", path, { json: { code: second!.code } })).toMatchObject({ status: 409, body: { error: { code: "conflict" } } });
    expect((await call(sim, "POST", "/_control/auths/aaaaaaaaaaaaaaaaaaaaaaaa", { json: { name: "A" } })).status).toBe(404);
  });

  it("delete at once", async () => {
    const { sim, api } = await signedInSimulator();
    const [first] = await codes(api, LOCKS.bondi);
    expect((await call(sim, "DELETE", `/_control/auths/${first!.id}`)).status).toBe(200);
    expect((await codes(api, LOCKS.bondi)).some((a) => a.id === first!.id)).toBe(false);
    expect((await call(sim, "DELETE", `/_control/auths/${first!.id}`)).status).toBe(404);
    const logged = (await state(sim)).requests.filter((r) => r.origin === "nuki-app");
    expect(logged).toEqual([expect.objectContaining({ method: "DELETE", path: `/smartlock/${LOCKS.bondi}/auth/${first!.id}` })]);
  });

  it("add a keypad code Keyhost did not create, validated like a create", async () => {
    const { sim, api } = await signedInSimulator();
    const added = await call(sim, "POST", `/_control/locks/${LOCKS.bondi}/auths`, { json: { name: "Neighbour", code: 579_135 } });
    expect(added).toMatchObject({ status: 200, body: { auth: { name: "Neighbour", type: 13, smartlockId: LOCKS.bondi } } });
    expect(await byName(api, LOCKS.bondi, "Neighbour")).toMatchObject({ code: 579_135, enabled: true, remoteAllowed: false, authId: expect.any(Number) });
    const again = (body: unknown, lock: number = LOCKS.bondi) => call(sim, "POST", `/_control/locks/${lock}/auths`, { json: body });
    expect((await again({ name: "Twin", code: 579_135 })).status).toBe(409);
    expect((await again({ name: "Bad", code: 123_456 })).status).toBe(400);
    expect((await again({ code: 579_136 })).status).toBe(400);
    expect((await again(keypadBody({ code: 579_137 }), LOCKS.auckland)).status).toBe(400);
    expect((await again({ name: "Nowhere", code: 579_138 }, 1)).status).toBe(404);
    expect((await state(sim)).requests.filter((r) => r.origin === "nuki-app")).toHaveLength(1);
  });

  it("happen at random when asked, per lock, on REST calls, counted", async () => {
    const { sim, api } = await signedInSimulator();
    await call(sim, "POST", "/_control/faults", { json: { seed: 3, smartlockId: LOCKS.berlin, rateAppChange: 1 } });
    const before = await codes(api, LOCKS.bondi);
    expect(await codes(api, LOCKS.bondi)).toEqual(before);
    expect((await state(sim)).faults.injected.appChange).toBe(0);

    const seen = await codes(api, LOCKS.berlin);
    const changed = seen.filter((a) => a.name.endsWith("(app)") || !a.enabled || (a.allowedWeekDays === 0 && !a.allowedFromDate));
    expect(changed.length).toBeGreaterThan(0);
    const s = await state(sim);
    expect(s.faults.injected.appChange).toBe(1);
    expect(s.requests.filter((r) => r.origin === "nuki-app")).toHaveLength(1);
  });
});

describe("a lock offline for a while", () => {
  it("goes offline at once and comes back by itself on the simulator's clock; queued writes follow", async () => {
    const { sim, api, clock } = await signedInSimulator();
    const off = await call(sim, "POST", `/_control/locks/${LOCKS.berlin}`, { json: { offlineForMs: 60_000 } });
    expect(off).toMatchObject({ status: 200, body: { lock: { serverState: 4 }, backOnlineAt: "2026-03-10T09:01:00.000Z" } });
    expect((await state(sim)).backOnline).toEqual([{ smartlockId: LOCKS.berlin, at: "2026-03-10T09:01:00.000Z" }]);
    expect((await api("PUT", `/smartlock/${LOCKS.berlin}/auth`, keypadBody())).status).toBe(204);
    clock.advance(59_999);
    expect((await api("GET", `/smartlock/${LOCKS.berlin}`)).body).toMatchObject({ serverState: 4 });
    clock.advance(1);
    expect((await api("GET", `/smartlock/${LOCKS.berlin}`)).body).toMatchObject({ serverState: 0, updateDate: "2026-03-10T09:01:00.000Z" });
    expect(await byName(api, LOCKS.berlin, "Test Guest")).toBeUndefined();
    clock.advance(DELAY);
    expect(await byName(api, LOCKS.berlin, "Test Guest")).toBeDefined();
    expect((await state(sim)).backOnline).toEqual([]);
  });

  it("applies what was queued one delay after the comeback, even when nobody looked in between", async () => {
    const { sim, api, clock } = await signedInSimulator();
    sim.patchLock(LOCKS.bondi, { offlineForMs: 10_000 });
    await api("PUT", `/smartlock/${LOCKS.bondi}/auth`, keypadBody());
    clock.advance(10_000 + DELAY);
    expect(await byName(api, LOCKS.bondi, "Test Guest")).toMatchObject({ creationDate: new Date(Date.parse("2026-03-10T09:00:00.000Z") + 10_000 + DELAY).toISOString() });
  });

  it("stays offline when told so afterwards, and refuses a contradiction", async () => {
    const { sim, api, clock } = await signedInSimulator();
    await call(sim, "POST", `/_control/locks/${LOCKS.berlin}`, { json: { offlineForMs: 1000 } });
    await call(sim, "POST", `/_control/locks/${LOCKS.berlin}`, { json: { serverState: 4 } });
    clock.advance(5000);
    expect((await api("GET", `/smartlock/${LOCKS.berlin}`)).body).toMatchObject({ serverState: 4 });
    const contradiction = await call(sim, "POST", `/_control/locks/${LOCKS.berlin}`, { json: { serverState: 0, offlineForMs: 1000 } });
    expect(contradiction).toMatchObject({ status: 400, body: { error: { message: expect.stringContaining("offlineForMs") } } });
    expect((await call(sim, "POST", `/_control/locks/${LOCKS.berlin}`, { json: { offlineForMs: 0 } })).status).toBe(400);
  });
});
