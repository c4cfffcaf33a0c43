import { describe, expect, it } from "vitest";
import { DEMO_CLIENT } from "@/lib/env/index.mjs";
import { getSimulator, NukiSimulator, REQUEST_LOG_SIZE } from "./simulator";
import { call, keypadBody, LOCKS, signedInSimulator, signIn, type ListedAuth } from "./test-support";

interface State {
  now: string;
  config: { propagationDelayMs: number; tokenTtlSeconds: number; latencyMs: number };
  locks: { smartlockId: number; name: string; serverState: number; state: { batteryCritical: boolean } }[];
  auths: ListedAuth[];
  pending: { operationId: string; kind: string; smartlockId: number; dueAt: string; waitingForLock: boolean }[];
  requests: { method: string; path: string; query: Record<string, string>; body?: unknown; status: number; time: string }[];
  tokens: { accessTokens: string[]; refreshTokens: string[] };
}

const state = async (sim: NukiSimulator) => (await call(sim, "GET", "/_control/state")).body as State;

describe("control API", () => {
  it("shows locks, auths, pending writes, tokens and what REST calls it received", async () => {
    const { sim, api, tokens } = await signedInSimulator();
    await api("PUT", `/smartlock/${LOCKS.berlin}/auth?x=1`, keypadBody());
    await api("POST", `/smartlock/${LOCKS.berlin}/sync`);
    const s = await state(sim);
    expect(s.locks.map((l) => l.name)).toContain("Brooklyn Loft");
    expect(s.auths.length).toBeGreaterThan(15);
    expect(s.pending).toEqual([expect.objectContaining({ kind: "create", smartlockId: LOCKS.berlin, waitingForLock: false, operationId: expect.stringMatching(/^[0-9a-f]{24}$/) })]);
    expect(s.tokens.accessTokens).toContain(tokens.access_token);
    expect(s.tokens.refreshTokens).toContain(tokens.refresh_token);
    const create = s.requests.find((r) => r.method === "PUT");
    expect(create).toMatchObject({ path: `/smartlock/${LOCKS.berlin}/auth`, query: { x: "1" }, body: keypadBody(), status: 204, time: s.now });
    expect(s.requests.at(-1)).toMatchObject({ method: "POST", path: `/smartlock/${LOCKS.berlin}/sync`, status: 204 });
    // OAuth calls are recorded too, with their secrets blanked.
    const token = s.requests.find((r) => r.path === "/oauth/token");
    expect(token?.body).toMatchObject({ grant_type: "authorization_code", client_secret: "[redacted]", code: "[redacted]" });
    expect(JSON.stringify(s.requests)).not.toContain(DEMO_CLIENT.secret);
    expect(s.requests.some((r) => r.path.startsWith("/_control"))).toBe(false);
  });

  it("keeps the last 500 requests", async () => {
    const { sim, api } = await signedInSimulator();
    for (let i = 0; i < REQUEST_LOG_SIZE + 20; i++) await api("GET", `/smartlock?n=${i}`);
    const { requests } = await state(sim);
    expect(requests).toHaveLength(REQUEST_LOG_SIZE);
    expect(requests.at(-1)?.query).toEqual({ n: String(REQUEST_LOG_SIZE + 19) });
  });

  it("resets the demo data and settings, keeping sign-ins", async () => {
    const { sim, api, clock } = await signedInSimulator({ propagationDelayMs: 100 });
    await call(sim, "POST", "/_control/config", { json: { propagationDelayMs: 5000 } });
    await api("PUT", `/smartlock/${LOCKS.berlin}/auth`, keypadBody());
    clock.advance(5000);
    expect((await state(sim)).auths.some((a) => a.name === "Test Guest")).toBe(true);

    const reset = await call(sim, "POST", "/_control/reset", { json: {} });
    expect(reset.status).toBe(200);
    const s = await state(sim);
    expect(s.auths.some((a) => a.name === "Test Guest")).toBe(false);
    expect(s.requests).toEqual([]);
    expect(s.config.propagationDelayMs).toBe(100);
    expect((await api("GET", "/account")).status).toBe(200);

    await call(sim, "POST", "/_control/reset", { json: { propagationDelayMs: 0, tokenTtlSeconds: 30 } });
    expect((await state(sim)).config).toEqual({ propagationDelayMs: 0, tokenTtlSeconds: 30, latencyMs: 0 });
  });

  it("changes timings at run time and refuses bad values", async () => {
    const { sim, api, clock } = await signedInSimulator();
    expect((await call(sim, "POST", "/_control/config", { json: { propagationDelayMs: 0, tokenTtlSeconds: 61 } })).status).toBe(200);
    const short = await signIn(sim);
    expect(short.expires_in).toBe(61);
    await api("PUT", `/smartlock/${LOCKS.bondi}/auth`, keypadBody());
    clock.advance(0);
    expect((await state(sim)).auths.some((a) => a.name === "Test Guest" && a.smartlockId === LOCKS.bondi)).toBe(true);
    const bad = await call(sim, "POST", "/_control/config", { json: { propagationDelayMs: -1 } });
    expect(bad).toMatchObject({ status: 400, body: { error: { code: "invalid_body", message: expect.any(String) } } });
    expect((await call(sim, "POST", "/_control/config", { json: { unknownKnob: 1 } })).status).toBe(400);
  });

  it("changes a lock", async () => {
    const { sim, api } = await signedInSimulator();
    const patched = await call(sim, "POST", `/_control/locks/${LOCKS.berlin}`, { json: { batteryCritical: true, batteryCharge: 5, keypadPaired: false } });
    expect(patched.status).toBe(200);
    expect((await api("GET", `/smartlock/${LOCKS.berlin}`)).body).toMatchObject({ state: { batteryCritical: true, batteryCharge: 5 }, config: { keypadPaired: false } });
    expect((await api("PUT", `/smartlock/${LOCKS.berlin}/auth`, keypadBody())).status).toBe(400);
    expect((await call(sim, "POST", "/_control/locks/1", { json: { serverState: 0 } })).status).toBe(404);
    expect((await call(sim, "POST", `/_control/locks/${LOCKS.berlin}`, { json: { serverState: 9 } })).status).toBe(400);
  });

  it("expires every access token at once; refresh still works", async () => {
    const { sim, api, tokens } = await signedInSimulator();
    const expired = await call(sim, "POST", "/_control/tokens/expire");
    expect(expired.body).toMatchObject({ ok: true, expired: 1 });
    expect((await api("GET", "/smartlock")).status).toBe(401);
    const refreshed = await call(sim, "POST", "/oauth/token", {
      form: { grant_type: "refresh_token", refresh_token: tokens.refresh_token, client_id: DEMO_CLIENT.id, client_secret: DEMO_CLIENT.secret },
    });
    expect(refreshed.status).toBe(200);
    const fresh = (refreshed.body as { access_token: string }).access_token;
    expect((await call(sim, "GET", "/smartlock", { token: fresh })).status).toBe(200);
  });

  it("revokes every token at once, refresh tokens included", async () => {
    const { sim, api, tokens } = await signedInSimulator();
    expect((await call(sim, "POST", "/_control/tokens/revoke")).body).toMatchObject({ ok: true, revoked: 2 });
    expect((await api("GET", "/smartlock")).status).toBe(401);
    const refreshed = await call(sim, "POST", "/oauth/token", {
      form: { grant_type: "refresh_token", refresh_token: tokens.refresh_token, client_id: DEMO_CLIENT.id, client_secret: DEMO_CLIENT.secret },
    });
    expect(refreshed).toMatchObject({ status: 400, body: { error: "invalid_grant" } });
    expect((await state(sim)).tokens).toEqual({ accessTokens: [], refreshTokens: [] });
    expect((await signIn(sim)).access_token).toEqual(expect.any(String));
  });

  it("adds latency in real time", async () => {
    const { sim, api } = await signedInSimulator();
    await call(sim, "POST", "/_control/config", { json: { latencyMs: 40 } });
    const started = performance.now();
    await api("GET", "/account");
    expect(performance.now() - started).toBeGreaterThanOrEqual(35);
  });

  it("answers an unknown control endpoint with 404 JSON", async () => {
    const { sim } = await signedInSimulator();
    expect(await call(sim, "POST", "/_control/nothing")).toMatchObject({ status: 404, body: { error: { code: "not_found" } } });
    expect((await call(sim, "GET", "/_control/reset")).status).toBe(404);
    expect((await call(sim, "POST", "/_control/reset", { headers: { "Content-Type": "application/json" }, json: undefined })).status).toBe(200);
  });

  it("keeps one simulator per process", () => {
    delete (globalThis as Record<symbol, unknown>)[Symbol.for("keyhost.nukiSimulator")];
    const a = getSimulator({ tokenTtlSeconds: 600, propagationDelayMs: 1500 });
    const b = getSimulator({ tokenTtlSeconds: 1, propagationDelayMs: 1 });
    expect(a).toBe(b);
    expect(a.settings.tokenTtlSeconds).toBe(600);
  });
});
