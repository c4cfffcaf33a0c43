import { createHmac } from "node:crypto";
import type Ajv from "ajv";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNT_ID, OTHER_ACCOUNT_ID } from "./seed";
import { NukiSimulator } from "./simulator";
import { loadSpec, SPEC_FOUND, specTitle, specViolations } from "./spec-support";
import { APP_SCOPES, call, keypadBody, LOCKS, signedInSimulator, signIn, type ListedAuth } from "./test-support";

const DELAY = 1500;
const HOOK_URL = "http://localhost:4000/api/nuki/webhook";

interface Delivery {
  url: string;
  headers: Headers;
  body: string;
  json: { feature: string; deleted?: boolean; smartlockAuth?: Record<string, unknown>; smartlockId?: number; serverState?: number };
}

/** A fake `fetch` that records what the simulator posts. */
function receiver(answer: () => Promise<Response> = async () => new Response("ok")) {
  const received: Delivery[] = [];
  const fetch = (async (url: string | URL | Request, init?: RequestInit) => {
    const body = String(init?.body);
    received.push({ url: String(url), headers: new Headers(init?.headers), body, json: JSON.parse(body) as Delivery["json"] });
    return answer();
  }) as typeof globalThis.fetch;
  return { received, fetch };
}

/** Signed in with `webhook.decentral`, one webhook registered; `hooks` calls the webhook API. */
async function withWebhook(features = ["DEVICE_AUTHS", "DEVICE_STATUS"], answer?: () => Promise<Response>) {
  const { received, fetch } = receiver(answer);
  const setup = await signedInSimulator({ fetch });
  const { access_token } = await signIn(setup.sim, `${APP_SCOPES} webhook.decentral`);
  const hooks = (method: string, path: string, json?: unknown) => call(setup.sim, method, path, { token: access_token, json });
  const registered = await hooks("PUT", "/api/decentralWebhook", { webhookUrl: HOOK_URL, webhookFeatures: features });
  expect(registered.status).toBe(200);
  return { ...setup, received, hooks, hook: registered.body as { id: number; secret: string } };
}

const sign = (secret: string, body: string) => createHmac("sha256", secret).update(body).digest("hex");
const keypadCodes = async (api: (m: string, p: string) => Promise<{ body: unknown }>, lockId: number) =>
  (await api("GET", `/smartlock/${lockId}/auth?types=13`)).body as ListedAuth[];

describe("decentral webhook registration", () => {
  it("registers, lists and unregisters; needs the webhook.decentral scope and https", async () => {
    const { sim, api, hooks, hook } = await withWebhook();
    expect(hook).toEqual({ id: expect.any(Number), secret: expect.stringMatching(/^.{32,}$/), webhookUrl: HOOK_URL, webhookFeatures: ["DEVICE_AUTHS", "DEVICE_STATUS"] });
    expect((await api("GET", "/api/decentralWebhook")).status).toBe(401);
    expect((await hooks("GET", "/api/decentralWebhook")).body).toEqual([hook]);

    const put = (body: unknown) => hooks("PUT", "/api/decentralWebhook", body);
    expect((await put({ webhookUrl: "http://example.com/hook", webhookFeatures: ["DEVICE_AUTHS"] })).status).toBe(400);
    expect((await put({ webhookUrl: "not a url", webhookFeatures: ["DEVICE_AUTHS"] })).status).toBe(400);
    expect((await put({ webhookUrl: "https://example.com/hook", webhookFeatures: ["DEVICE_SOMETHING"] })).status).toBe(400);
    expect((await put({ webhookUrl: "https://example.com/hook", webhookFeatures: [] })).status).toBe(400);
    expect((await put({ webhookFeatures: ["DEVICE_AUTHS"] })).status).toBe(400);
    const https = await put({ webhookUrl: "https://example.com/hook", webhookFeatures: ["DEVICE_LOGS", "DEVICE_LOGS"] });
    expect(https.body).toMatchObject({ webhookFeatures: ["DEVICE_LOGS"] });
    expect((await put({ webhookUrl: "http://127.0.0.1:3000/x", webhookFeatures: ["DEVICE_AUTHS"] })).status).toBe(200);

    expect((await hooks("DELETE", `/api/decentralWebhook/${hook.id}`)).status).toBe(204);
    expect((await hooks("DELETE", `/api/decentralWebhook/${hook.id}`)).status).toBe(404);
    expect((await hooks("DELETE", "/api/decentralWebhook/abc")).status).toBe(400);
    expect((await hooks("GET", "/api/decentralWebhook")).body).toHaveLength(2);
    expect(((await call(sim, "GET", "/_control/state")).body as { webhooks: unknown[] }).webhooks).toHaveLength(2);
  });

  it("is cleared by a reset", async () => {
    const { sim, hooks } = await withWebhook();
    await call(sim, "POST", "/_control/reset");
    expect((await hooks("GET", "/api/decentralWebhook")).body).toEqual([]);
  });
});

describe("Nuki spec conformance: decentral webhooks", () => {
  let ajv: Ajv;
  beforeAll(() => {
    if (SPEC_FOUND) ajv = loadSpec();
  });

  it.skipIf(!SPEC_FOUND)(specTitle("PUT and GET /api/decentralWebhook answer DecentralWebhook; the body sent is one too"), async () => {
    const body = { webhookUrl: "https://hooks.example.com/nuki", webhookFeatures: ["DEVICE_AUTHS", "DEVICE_STATUS"] };
    expect(specViolations(ajv, {}, "DecentralWebhook", body)).toEqual([]);
    const { hooks, hook } = await withWebhook();
    const created = await hooks("PUT", "/api/decentralWebhook", body);
    expect(specViolations(ajv, {}, "DecentralWebhook", hook)).toEqual([]);
    expect(specViolations(ajv, {}, "DecentralWebhook", created.body)).toEqual([]);
    const listed = (await hooks("GET", "/api/decentralWebhook")).body as unknown[];
    expect(listed).toHaveLength(2);
    expect(listed.flatMap((item) => specViolations(ajv, {}, "DecentralWebhook", item))).toEqual([]);
    // The check has teeth: an id the spec would not accept is caught.
    expect(specViolations(ajv, {}, "DecentralWebhook", { ...hook, id: "1" })).not.toEqual([]);
  });
});

describe("webhook deliveries", () => {
  it("are signed with the webhook's secret over the exact body", async () => {
    const { sim, api, clock, received, hook } = await withWebhook();
    await api("PUT", `/smartlock/${LOCKS.berlin}/auth`, keypadBody());
    clock.advance(DELAY);
    await sim.tick();
    expect(received).toHaveLength(1);
    const [delivery] = received;
    expect(delivery!.url).toBe(HOOK_URL);
    expect(delivery!.headers.get("Content-Type")).toBe("application/json");
    expect(delivery!.headers.get("X-Nuki-Signature-SHA256")).toBe(sign(hook.secret, delivery!.body));
    expect(delivery!.headers.get("X-Nuki-Signature-SHA256")).not.toBe(sign("another secret", delivery!.body));
  });

  it("report creates, updates and deletes when they reach the lock, not before", async () => {
    const { sim, api, clock, received } = await withWebhook();
    await api("PUT", `/smartlock/${LOCKS.berlin}/auth`, keypadBody());
    await sim.tick();
    expect(received).toHaveLength(0);
    clock.advance(DELAY);
    await sim.tick();
    const created = (await keypadCodes(api, LOCKS.berlin)).find((a) => a.name === "Test Guest")!;
    expect(received[0]!.json).toEqual({
      feature: "DEVICE_AUTHS",
      smartlockAuth: expect.objectContaining({ id: created.id, smartlockId: LOCKS.berlin, accountId: DEMO_ACCOUNT_ID, name: "Test Guest", type: 13, enabled: true, code: 357_913, authId: created.authId }),
    });

    await api("POST", `/smartlock/${LOCKS.berlin}/auth/${created.id}`, { name: "Renamed", enabled: false });
    await api("DELETE", `/smartlock/${LOCKS.bondi}/auth/${(await keypadCodes(api, LOCKS.bondi))[0]!.id}`);
    clock.advance(DELAY);
    await sim.tick();
    expect(received.map((d) => d.json)).toEqual([
      expect.anything(),
      { feature: "DEVICE_AUTHS", smartlockAuth: expect.objectContaining({ id: created.id, name: "Renamed", enabled: false }) },
      { feature: "DEVICE_AUTHS", deleted: true, smartlockAuth: expect.objectContaining({ smartlockId: LOCKS.bondi }) },
    ]);
    expect(received[1]!.json.smartlockAuth).not.toHaveProperty("operationId");
  });

  it("stay silent for a sticky delete and a dropped write", async () => {
    const { sim, api, clock, received } = await withWebhook();
    const [first] = await keypadCodes(api, LOCKS.berlin);
    await call(sim, "POST", "/_control/faults", { json: { rateStickyDelete: 1, rateDropWrite: 1 } });
    expect((await api("DELETE", `/smartlock/${LOCKS.berlin}/auth/${first!.id}`)).status).toBe(204);
    expect((await api("PUT", `/smartlock/${LOCKS.berlin}/auth`, keypadBody())).status).toBe(204);
    clock.advance(DELAY * 10);
    await sim.tick();
    expect(received).toEqual([]);
  });

  it("report app changes at once, and lock status changes, offline and back", async () => {
    const { sim, api, clock, received } = await withWebhook();
    const [first] = await keypadCodes(api, LOCKS.berlin);
    await call(sim, "POST", `/_control/auths/${first!.id}`, { json: { allowedFromDate: null, allowedUntilDate: null } });
    await call(sim, "POST", `/_control/locks/${LOCKS.berlin}`, { json: { offlineForMs: 60_000 } });
    await call(sim, "POST", `/_control/locks/${LOCKS.berlin}`, { json: { batteryCharge: 40 } });
    await sim.tick();
    expect(received.map((d) => d.json)).toEqual([
      { feature: "DEVICE_AUTHS", smartlockAuth: expect.objectContaining({ id: first!.id, name: first!.name }) },
      { feature: "DEVICE_STATUS", smartlockId: LOCKS.berlin, serverState: 4, adminPinState: 0, state: expect.objectContaining({ batteryCharge: 86 }) },
    ]);
    clock.advance(60_000);
    await sim.tick();
    expect(received.at(-1)?.json).toMatchObject({ feature: "DEVICE_STATUS", smartlockId: LOCKS.berlin, serverState: 0 });
    expect(received).toHaveLength(3);
  });

  it("go only to webhooks of the lock's account that asked for the feature", async () => {
    const { sim, api, clock, received } = await withWebhook(["DEVICE_STATUS"]);
    sim.webhooks.register(OTHER_ACCOUNT_ID, "https://other.example.com/hook", ["DEVICE_AUTHS", "DEVICE_STATUS"]);
    await api("PUT", `/smartlock/${LOCKS.berlin}/auth`, keypadBody());
    clock.advance(DELAY);
    await sim.tick();
    expect(received).toEqual([]);
  });

  it("never break the API answer, and log their outcomes", async () => {
    let fail = true;
    const { sim, api, clock } = await withWebhook(["DEVICE_AUTHS"], async () => {
      if (fail) throw new Error("connection refused");
      return new Response(null, { status: 500 });
    });
    await api("PUT", `/smartlock/${LOCKS.berlin}/auth`, keypadBody());
    clock.advance(DELAY);
    expect((await api("GET", "/smartlock/auth")).status).toBe(200);
    await sim.tick();
    fail = false;
    await call(sim, "POST", `/_control/locks/${LOCKS.bondi}/auths`, { json: { name: "App code", code: 579_135 } });
    await sim.tick();
    const { webhookDeliveries } = (await call(sim, "GET", "/_control/state")).body as { webhookDeliveries: unknown[] };
    expect(webhookDeliveries).toEqual([
      { webhookId: expect.any(Number), url: HOOK_URL, feature: "DEVICE_AUTHS", error: "connection refused", at: "2026-03-10T09:00:01.500Z" },
      { webhookId: expect.any(Number), url: HOOK_URL, feature: "DEVICE_AUTHS", status: 500, at: "2026-03-10T09:00:01.500Z" },
    ]);
  });

  it("never keep an API answer waiting for a receiver that hangs", async () => {
    const { sim, api } = await withWebhook(["DEVICE_AUTHS"], () => new Promise<Response>(() => undefined));
    const [first] = await keypadCodes(api, LOCKS.berlin);
    expect((await call(sim, "POST", `/_control/auths/${first!.id}`, { json: { enabled: false } })).status).toBe(200);
    expect((await api("GET", "/smartlock")).status).toBe(200);
  });
});

describe("webhook deliveries on the real clock", () => {
  let sim: NukiSimulator | undefined;
  afterEach(() => sim?.close());

  it("fire when a write lands, with nobody calling the API", async () => {
    const { received, fetch } = receiver();
    sim = new NukiSimulator({ propagationDelayMs: 30, fetch });
    const { access_token } = await signIn(sim, `${APP_SCOPES} webhook.decentral`);
    const as = (method: string, path: string, json?: unknown) => call(sim!, method, path, { token: access_token, json });
    await as("PUT", "/api/decentralWebhook", { webhookUrl: HOOK_URL, webhookFeatures: ["DEVICE_AUTHS"] });
    expect((await as("PUT", `/smartlock/${LOCKS.berlin}/auth`, keypadBody())).status).toBe(204);
    const deadline = Date.now() + 2000;
    while (!received.length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(received.map((d) => d.json.smartlockAuth?.name)).toEqual(["Test Guest"]);
  });
});
