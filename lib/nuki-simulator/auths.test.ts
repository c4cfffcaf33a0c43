import { describe, expect, it } from "vitest";
import { testSimulator } from "./test-client";

const BERLIN = 18000000101;
const OFFLINE = 18000000103;
const NO_KEYPAD = 18000000105;
const create = { type: 13, name: "New Guest", code: 583926, remoteAllowed: false, allowedFromDate: "2026-12-04T14:00:00.000Z", allowedUntilDate: "2026-12-06T10:00:00.000Z", allowedWeekDays: 127, allowedFromTime: 0, allowedUntilTime: 0 };

async function setup(delay = 2000) {
  const t = testSimulator({ propagationDelayMs: delay });
  const { access_token: token } = await t.signIn();
  const list = async (lockId = BERLIN) => (await (await t.call("GET", `/smartlock/${lockId}/auth?types=13`, { token })).json()) as Record<string, unknown>[];
  return { ...t, token, list };
}

describe("simulator keypad codes", () => {
  it("lists demo locks across time zones with their PINs", async () => {
    const { call, token, list } = await setup();
    const locks = (await (await call("GET", "/smartlock", { token })).json()) as { config: { timezoneId: number } }[];
    expect(new Set(locks.map((l) => l.config.timezoneId)).size).toBeGreaterThanOrEqual(4);
    expect((await list()).length).toBeGreaterThan(2);
    const all = (await (await call("GET", "/smartlock/auth?types=13", { token })).json()) as unknown[];
    expect(all.length).toBeGreaterThan((await list()).length);
  });

  it("answers a create with 204 and no body, and lists it only after the propagation delay, once", async () => {
    const { call, token, list, advance } = await setup();
    const before = (await list()).length;
    const response = await call("PUT", `/smartlock/${BERLIN}/auth`, { token, body: create });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe("");
    expect(await list()).toHaveLength(before);
    advance(2001);
    const after = await list();
    expect(after).toHaveLength(before + 1);
    expect(after.filter((a) => a.name === "New Guest")).toEqual([expect.objectContaining({ id: expect.stringMatching(/^[0-9a-f]{24}$/), code: 583926, enabled: true })]);
  });

  it("clears every time field an update does not carry", async () => {
    const { call, token, list, advance } = await setup(0);
    await call("PUT", `/smartlock/${BERLIN}/auth`, { token, body: create });
    const auth = (await list()).find((a) => a.name === "New Guest")!;
    expect(auth.allowedFromDate).toBe("2026-12-04T14:00:00.000Z");
    await call("POST", `/smartlock/${BERLIN}/auth/${auth.id}`, { token, body: { name: "Renamed", code: 583926 } });
    advance(1);
    const renamed = (await list()).find((a) => a.id === auth.id)!;
    expect(renamed).toMatchObject({ name: "Renamed", code: 583926, allowedWeekDays: 0, allowedFromTime: 0, allowedUntilTime: 0 });
    expect(renamed.allowedFromDate).toBeUndefined();
    expect(renamed.allowedUntilDate).toBeUndefined();
  });

  it("marks a pending update with an operation id and answers 423 to another write meanwhile", async () => {
    const { call, token, list, advance } = await setup();
    const auth = (await list())[0]!;
    await call("POST", `/smartlock/${BERLIN}/auth/${auth.id}`, { token, body: { ...create, name: "Busy", code: auth.code } });
    expect((await list()).find((a) => a.id === auth.id)?.operationId).toBeDefined();
    expect((await call("DELETE", `/smartlock/${BERLIN}/auth/${auth.id}`, { token })).status).toBe(423);
    advance(2001);
    expect((await list()).find((a) => a.id === auth.id)).toMatchObject({ name: "Busy" });
  });

  it("refuses keypad codes on a lock without keypad, duplicates, long names and invalid codes, each as Nuki does", async () => {
    const { call, token, list } = await setup();
    const noKeypad = await call("PUT", `/smartlock/${NO_KEYPAD}/auth`, { token, body: create });
    expect(noKeypad.status).toBe(400);
    expect(await noKeypad.json()).toMatchObject({ detailMessage: "The supplied value '13' for parameter 'type' is not valid" });
    const taken = (await list())[0]!.code;
    const duplicate = await call("PUT", `/smartlock/${BERLIN}/auth`, { token, body: { ...create, code: taken } });
    expect(duplicate.status).toBe(409);
    expect(await duplicate.json()).toMatchObject({ code: 409, reasonPhrase: "Conflict" });
    const long = await call("PUT", `/smartlock/${BERLIN}/auth`, { token, body: { ...create, name: "x".repeat(21) } });
    expect(long.status).toBe(422);
    for (const code of [123456, 102345, 12345, "583926"]) {
      expect((await call("PUT", `/smartlock/${BERLIN}/auth`, { token, body: { ...create, code } })).status).toBe(400);
    }
  });

  it("counts a create still on its way as taken, so a quick second create of the same code gets 409", async () => {
    const { call, token } = await setup();
    expect((await call("PUT", `/smartlock/${BERLIN}/auth`, { token, body: create })).status).toBe(204);
    expect((await call("PUT", `/smartlock/${BERLIN}/auth`, { token, body: create })).status).toBe(409);
  });

  it("accepts writes to an offline lock but applies them only once it is back online", async () => {
    const { call, token, list, advance } = await setup();
    const before = (await list(OFFLINE)).length;
    expect((await call("PUT", `/smartlock/${OFFLINE}/auth`, { token, body: create })).status).toBe(204);
    advance(60_000);
    expect(await list(OFFLINE)).toHaveLength(before);
    await call("POST", `/_control/locks/${OFFLINE}`, { body: { serverState: 0 } });
    expect(await list(OFFLINE)).toHaveLength(before + 1);
  });

  it("creates one code on several locks at once", async () => {
    const { call, token, list, advance } = await setup();
    const response = await call("PUT", "/smartlock/auth", { token, body: { ...create, smartlockIds: [BERLIN, 18000000104] } });
    expect(response.status).toBe(204);
    advance(2001);
    expect((await list(BERLIN)).some((a) => a.name === "New Guest")).toBe(true);
    expect((await list(18000000104)).some((a) => a.name === "New Guest")).toBe(true);
  });

  it("deletes after the delay, and 403s a lock that is not the account's", async () => {
    const { call, token, list, advance } = await setup();
    const auth = (await list())[0]!;
    expect((await call("DELETE", `/smartlock/${BERLIN}/auth/${auth.id}`, { token })).status).toBe(204);
    expect((await list()).some((a) => a.id === auth.id)).toBe(true);
    advance(2001);
    expect((await list()).some((a) => a.id === auth.id)).toBe(false);
    expect((await call("GET", "/smartlock/99", { token })).status).toBe(403);
    expect((await call("GET", "/nothing", { token })).status).toBe(404);
  });

  it("pages the activity log with id, newest first, at most 50", async () => {
    const { call, token } = await setup();
    const first = (await (await call("GET", `/smartlock/${BERLIN}/log?limit=2`, { token })).json()) as { id: string; date: string }[];
    expect(first).toHaveLength(2);
    expect(first[0]!.date >= first[1]!.date).toBe(true);
    const next = (await (await call("GET", `/smartlock/${BERLIN}/log?limit=2&id=${first[1]!.id}`, { token })).json()) as { id: string }[];
    expect(next.map((e) => e.id)).not.toContain(first[1]!.id);
    expect((await call("GET", `/smartlock/${BERLIN}/log?limit=51`, { token })).status).toBe(400);
  });

  it("records REST requests with their bodies for tests to inspect, never token request bodies", async () => {
    const { sim, call, token } = await setup();
    await call("PUT", `/smartlock/${BERLIN}/auth`, { token, body: create });
    const recorded = sim.state.requests;
    expect(recorded.find((r) => r.method === "PUT")).toMatchObject({ path: `/smartlock/${BERLIN}/auth`, body: create });
    expect(recorded.find((r) => r.path === "/oauth/token")?.body).toBeUndefined();
  });
});
