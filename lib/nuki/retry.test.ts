import { describe, expect, it } from "vitest";
import { createPin, listPins } from "@/lib/server/pins/service";
import { LOCKS } from "@/lib/simulator/test-support";
import { fakeDateInEachTest, simulatedContext } from "@/test/simulated-context";
import { createNukiClient } from "./client";
import { NukiError } from "./errors";
import { DEFAULT_RETRY, retryDelay, withRetries, type RetryPolicy } from "./retry";

/** A policy that records its waits instead of sleeping them. */
function recording(overrides: Partial<RetryPolicy> = {}) {
  const waits: number[] = [];
  const policy: RetryPolicy = { ...DEFAULT_RETRY, random: () => 0.5, sleep: async (ms) => void waits.push(ms), ...overrides };
  return { policy, waits };
}

/** Answers the given statuses in turn (the last one from then on), counting the calls. */
function answering(...statuses: Array<number | "network">) {
  const calls: string[] = [];
  const fn = (async (url: URL | string, init: RequestInit = {}) => {
    calls.push(`${init.method} ${String(url)}`);
    const status = statuses[Math.min(calls.length - 1, statuses.length - 1)]!;
    if (status === "network") throw new TypeError("fetch failed");
    const headers = status === 429 ? { "Retry-After": "1" } : undefined;
    return new Response(status === 200 ? "[]" : JSON.stringify({ detailMessage: "busy" }), { status, headers });
  }) as typeof fetch;
  return { fn, calls };
}

describe("reads retried within their budget", () => {
  it("tries a read again after a 429 (waiting Nuki's Retry-After), a 5xx and a dropped connection", async () => {
    const { policy, waits } = recording();
    const { fn, calls } = answering(429, 503, "network", 200);
    await expect(createNukiClient("t", { baseUrl: "http://x", fetch: fn, retry: policy }).listLocks()).resolves.toEqual([]);
    expect(calls).toHaveLength(4);
    expect(waits[0]).toBe(1000);
    // Backoff doubles, with jitter around it.
    expect(waits[1]).toBeGreaterThanOrEqual(DEFAULT_RETRY.baseDelayMs);
    expect(waits[2]).toBeGreaterThan(waits[1]!);
  });

  it("gives up after its tries with Nuki's error, and never retries a refusal or a write", async () => {
    const down = answering(500);
    const error = await createNukiClient("t", { baseUrl: "http://x", fetch: down.fn, retry: recording().policy }).listLocks().catch((e) => e);
    expect(error).toMatchObject({ kind: "unavailable", status: 500 });
    expect(down.calls).toHaveLength(DEFAULT_RETRY.attempts);

    const refused = answering(404);
    await expect(createNukiClient("t", { baseUrl: "http://x", fetch: refused.fn, retry: recording().policy }).getLock(42)).rejects.toMatchObject({ kind: "not_found" });
    expect(refused.calls).toHaveLength(1);

    const write = answering(503, 204);
    await expect(createNukiClient("t", { baseUrl: "http://x", fetch: write.fn, retry: recording().policy }).deleteAuth(42, "a".repeat(24))).rejects.toMatchObject({ kind: "unavailable" });
    expect(write.calls).toEqual([`DELETE http://x/smartlock/42/auth/${"a".repeat(24)}`]);
  });

  it("does not wait out a Retry-After longer than the read may take: the host hears at once", async () => {
    const { policy, waits } = recording();
    const slow = (async () => new Response("{}", { status: 429, headers: { "Retry-After": "60" } })) as typeof fetch;
    await expect(createNukiClient("t", { baseUrl: "http://x", fetch: slow, retry: policy }).listLocks()).rejects.toMatchObject({ kind: "rate_limited", retryAfter: 60 });
    expect(waits).toEqual([]);
    expect(retryDelay(policy, 1, new NukiError("rate_limited", "x", 429, undefined, 2), 1_500)).toBeNull();
  });

  it("stops when the budget is spent, however many tries are left", async () => {
    let clock = 0;
    const policy: RetryPolicy = { ...DEFAULT_RETRY, attempts: 100, budgetMs: 1_000, random: () => 1, sleep: async (ms) => void (clock += ms) };
    let tries = 0;
    const realNow = performance.now.bind(performance);
    performance.now = () => clock;
    try {
      await expect(withRetries(policy, 500, async () => {
        tries++;
        throw new NukiError("unavailable", "down", 503);
      })).rejects.toMatchObject({ status: 503 });
    } finally {
      performance.now = realNow;
    }
    // 150 + 300 + 600 would pass 1 000 ms: the third wait is not taken.
    expect(tries).toBe(3);
    expect(clock).toBeLessThan(1_000);
  });
});

describe("a Nuki that answers one request in ten 429 and one in ten 5xx", () => {
  fakeDateInEachTest();

  it("every create is accepted and every listing loads", async () => {
    const waits: number[] = [];
    const { sim, ctx } = await simulatedContext({ retry: { sleep: async (ms) => void waits.push(ms) } });
    sim.setFaults({ seed: 18, rate429: 0.1, rate500: 0.1, retryAfterSeconds: 1 });
    const lockIds = [LOCKS.berlin, LOCKS.london, LOCKS.bondi];
    let created = 0;
    for (let n = 0; n < 30; n++) {
      const lockId = lockIds[n % lockIds.length]!;
      const pin = await createPin(ctx, lockId, { name: `Guest ${n}`, validFrom: "2027-01-08T15:00", validUntil: "2027-01-12T11:00" });
      expect(pin.status).toBe("pending");
      created++;
      expect((await listPins(ctx, lockId)).some((p) => p.id === pin.id)).toBe(true);
    }
    expect(created).toBe(30);
    // The faults really struck, and Nuki's Retry-After was waited for.
    expect(sim.faults.injected["429"]).toBeGreaterThan(3);
    expect(sim.faults.injected["500"]).toBeGreaterThan(3);
    expect(waits.filter((ms) => ms >= 1000).length).toBeGreaterThan(0);
  }, 60_000);
});
