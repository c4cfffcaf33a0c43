import { describe, expect, it, vi } from "vitest";
import type { ParsedDelivery } from "@/lib/webhooks/delivery";
import { receiveWebhook, SIGNATURE_HEADER, type ReceiveWebhookDeps } from "./webhook-receive";
import { createReplayGuard } from "@/lib/webhooks/replay";
import { signBody } from "@/lib/webhooks/signature";

const SECRET = "registration-secret";
const URL_ = "https://keyhost.example/api/webhooks/nuki";

const AUTH_BODY = JSON.stringify({
  feature: "DEVICE_AUTHS",
  smartlockAuth: { id: "5f8a1b2c3d4e5f6a7b8c9d0e", smartlockId: 17, name: "Guest", type: 13, enabled: true, code: 482913 },
});

function post(body: BodyInit | null, signature: string | null, headers: Record<string, string> = {}) {
  return new Request(URL_, {
    method: "POST",
    body,
    headers: { "content-type": "application/json", ...(signature === null ? {} : { [SIGNATURE_HEADER]: signature }), ...headers },
    duplex: "half",
  } as RequestInit);
}

const signed = (body: string, secret = SECRET) => post(body, signBody(body, secret));

function setup(overrides: Partial<ReceiveWebhookDeps> = {}) {
  const received: ParsedDelivery[] = [];
  const guard = createReplayGuard({ now: () => Date.parse("2026-12-01T12:00:00Z") });
  const claim = vi.spyOn(guard, "claim");
  const deps: ReceiveWebhookDeps = {
    secrets: () => [SECRET],
    guard,
    onDelivery: (delivery) => {
      received.push(delivery);
    },
    ...overrides,
  };
  return { deps, guard, claim, received };
}

async function errorOf(response: Response) {
  expect(response.headers.get("content-type")).toContain("application/json");
  return ((await response.json()) as { error: { code: string; message: string; field?: string } }).error;
}

/** A body that never ends on its own, counting how much of it was pulled. */
function endlessBody(chunkSize: number) {
  const state = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      state.pulled += chunkSize;
      controller.enqueue(new Uint8Array(chunkSize).fill(0x20));
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

describe("receiveWebhook", () => {
  it("answers 204 to a signed delivery and hands it over parsed", async () => {
    const { deps, received, guard } = setup();
    const response = await receiveWebhook(signed(AUTH_BODY), deps);
    expect(response.status).toBe(204);
    expect(await response.text()).toBe("");
    expect(received).toEqual([
      {
        kind: "auths",
        smartlockId: 17,
        authId: "5f8a1b2c3d4e5f6a7b8c9d0e",
        deleted: false,
        auth: expect.objectContaining({ name: "Guest", type: 13, enabled: true, code: 482913 }),
      },
    ]);
    expect(guard.size).toBe(1);
  });

  it("waits for an asynchronous onDelivery and takes secrets from an async source", async () => {
    let done = false;
    const { deps } = setup({
      secrets: async () => ["new", SECRET],
      onDelivery: async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        done = true;
      },
    });
    expect((await receiveWebhook(signed(AUTH_BODY), deps)).status).toBe(204);
    expect(done).toBe(true);
  });

  it("accepts deliveries signed with either the new or the old secret", async () => {
    const { deps, received } = setup({ secrets: () => ["new-secret", "old-secret"] });
    const statusBody = '{"feature":"DEVICE_STATUS","smartlockId":17,"serverState":0}';
    expect((await receiveWebhook(signed(AUTH_BODY, "old-secret"), deps)).status).toBe(204);
    expect((await receiveWebhook(signed(statusBody, "new-secret"), deps)).status).toBe(204);
    expect(received.map((d) => d.kind)).toEqual(["auths", "status"]);
  });

  it("answers 204 to features it does not act on, passing them on as ignored", async () => {
    const { deps, received } = setup();
    const body = '{"feature":"DEVICE_LOGS","smartlockLog":{"id":"x"}}';
    expect((await receiveWebhook(signed(body), deps)).status).toBe(204);
    expect(received).toEqual([{ kind: "ignored", feature: "DEVICE_LOGS" }]);
  });

  describe("rejections have no effect", () => {
    it.each([
      ["no header", () => post(AUTH_BODY, null)],
      ["an empty header", () => post(AUTH_BODY, "")],
      ["a wrong secret", () => signed(AUTH_BODY, "someone-else")],
      ["a tampered body", () => post(AUTH_BODY.replace("482913", "111111"), signBody(AUTH_BODY, SECRET))],
      ["a truncated header", () => post(AUTH_BODY, signBody(AUTH_BODY, SECRET).slice(0, 40))],
    ])("401 invalid_signature for %s", async (_label, request) => {
      const { deps, received, claim } = setup();
      const response = await receiveWebhook(request(), deps);
      expect(response.status).toBe(401);
      expect((await errorOf(response)).code).toBe("invalid_signature");
      expect(received).toHaveLength(0);
      expect(claim).not.toHaveBeenCalled();
    });

    it("checks the signature before parsing: unsigned garbage is 401, not 400", async () => {
      const { deps } = setup();
      const response = await receiveWebhook(post("{not json", null), deps);
      expect(response.status).toBe(401);
    });

    it("400 invalid_delivery for a signed body that is not JSON", async () => {
      const { deps, received, claim } = setup();
      const response = await receiveWebhook(signed("{not json"), deps);
      expect(response.status).toBe(400);
      expect(await errorOf(response)).toMatchObject({ code: "invalid_delivery" });
      expect(received).toHaveLength(0);
      expect(claim).not.toHaveBeenCalled();
    });

    it("400 for a signed body that is not UTF-8", async () => {
      const { deps } = setup();
      const bytes = new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]);
      const response = await receiveWebhook(post(bytes, signBody(bytes, SECRET)), deps);
      expect(response.status).toBe(400);
    });

    it("400 invalid_delivery naming the field for a wrong shape", async () => {
      const { deps, received, claim } = setup();
      const body = JSON.stringify({ feature: "DEVICE_STATUS", smartlockId: "17" });
      const response = await receiveWebhook(signed(body), deps);
      expect(response.status).toBe(400);
      expect(await errorOf(response)).toMatchObject({ code: "invalid_delivery", field: "smartlockId" });
      expect(received).toHaveLength(0);
      expect(claim).not.toHaveBeenCalled();
    });

    it("409 replayed for the same delivery twice, handing it over once", async () => {
      const { deps, received } = setup();
      expect((await receiveWebhook(signed(AUTH_BODY), deps)).status).toBe(204);
      const again = await receiveWebhook(signed(AUTH_BODY), deps);
      expect(again.status).toBe(409);
      expect((await errorOf(again)).code).toBe("replayed");
      expect(received).toHaveLength(1);
    });

    it("409 for a delivery whose own timestamp is too old", async () => {
      const { deps, received, guard } = setup();
      const body = JSON.stringify({ feature: "DEVICE_STATUS", smartlockId: 17, timestamp: "2026-12-01T11:00:00Z" });
      expect((await receiveWebhook(signed(body), deps)).status).toBe(409);
      expect(received).toHaveLength(0);
      expect(guard.size).toBe(0);
    });

    it.each([
      ["no secrets", () => []],
      ["only empty secrets", () => [""]],
      ["an async empty list", async () => []],
    ])("404 webhooks_disabled with %s, without reading the body", async (_label, secrets) => {
      const { deps, received, claim } = setup({ secrets });
      const { stream, state } = endlessBody(1024);
      const response = await receiveWebhook(post(stream, signBody("", "")), deps);
      expect(response.status).toBe(404);
      expect((await errorOf(response)).code).toBe("webhooks_disabled");
      expect(state.pulled).toBeLessThanOrEqual(1024);
      expect(received).toHaveLength(0);
      expect(claim).not.toHaveBeenCalled();
    });

    it("413 when Content-Length announces more than the cap, before reading anything", async () => {
      const { deps, received } = setup({ maxBytes: 1000 });
      const { stream, state } = endlessBody(10);
      const response = await receiveWebhook(post(stream, "0".repeat(64), { "content-length": "5000" }), deps);
      expect(state.pulled).toBeLessThanOrEqual(10);
      expect(response.status).toBe(413);
      expect((await errorOf(response)).code).toBe("payload_too_large");
      expect(received).toHaveLength(0);
    });

    it("413 for a body over the 64 KiB default, even when correctly signed", async () => {
      const { deps, received, claim } = setup();
      const body = JSON.stringify({ feature: "DEVICE_STATUS", smartlockId: 17, pad: "x".repeat(64 * 1024) });
      const response = await receiveWebhook(signed(body), deps);
      expect(response.status).toBe(413);
      expect(received).toHaveLength(0);
      expect(claim).not.toHaveBeenCalled();
    });

    it("accepts a body of exactly the cap", async () => {
      const base = JSON.stringify({ feature: "DEVICE_STATUS", smartlockId: 17, pad: "" });
      const body = base.replace('"pad":""', `"pad":"${"x".repeat(200 - base.length)}"`);
      expect(body.length).toBe(200);
      const { deps } = setup({ maxBytes: 200 });
      expect((await receiveWebhook(signed(body), deps)).status).toBe(204);
    });

    it("cuts a streamed body off at the cap instead of reading all of it", async () => {
      const { deps, received } = setup({ maxBytes: 4096 });
      const { stream, state } = endlessBody(1000);
      const response = await receiveWebhook(post(stream, "0".repeat(64)), deps);
      expect(response.status).toBe(413);
      expect(state.cancelled).toBe(true);
      // The stream may be asked for one chunk ahead of what was read.
      expect(state.pulled).toBeLessThanOrEqual(4096 + 2 * 1000);
      expect(received).toHaveLength(0);
    });
  });

  it("forgets a delivery the app failed to handle, so Nuki's retry goes through", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    let fail = true;
    const received: ParsedDelivery[] = [];
    const { deps } = setup({
      onDelivery: (delivery) => {
        if (fail) throw new Error("database down");
        received.push(delivery);
      },
    });
    const first = await receiveWebhook(signed(AUTH_BODY), deps);
    expect(first.status).toBe(500);
    fail = false;
    expect((await receiveWebhook(signed(AUTH_BODY), deps)).status).toBe(204);
    expect(received).toHaveLength(1);
    // Bodies hold keypad codes: nothing of one may reach the log.
    expect(JSON.stringify(log.mock.calls)).not.toContain("482913");
    log.mockRestore();
  });

  it("never logs a body it refuses", async () => {
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation(() => {}),
    );
    const { deps } = setup();
    await receiveWebhook(post(AUTH_BODY, null), deps);
    await receiveWebhook(signed(AUTH_BODY.replace("true", '"yes"')), deps);
    await receiveWebhook(signed("{482913"), deps);
    for (const spy of spies) {
      expect(JSON.stringify(spy.mock.calls)).not.toContain("482913");
      spy.mockRestore();
    }
  });
});
