import { describe, expect, it } from "vitest";
import { createReplayGuard, deliveryTime } from "./replay";

const MINUTE = 60_000;
const T0 = Date.parse("2026-12-01T12:00:00.000Z");

function clock(start = T0) {
  let at = start;
  return { now: () => at, advance: (ms: number) => (at += ms) };
}

const body = (n: number) => `{"feature":"DEVICE_STATUS","smartlockId":${n}}`;

describe("createReplayGuard", () => {
  it("accepts a first delivery and rejects the same body again within the window", () => {
    const time = clock();
    const guard = createReplayGuard({ now: time.now });
    expect(guard.claim(body(1))).toEqual({ replay: false });
    time.advance(9 * MINUTE);
    expect(guard.claim(body(1))).toEqual({ replay: true, reason: "duplicate" });
    expect(guard.claim(body(2))).toEqual({ replay: false });
  });

  it("recognises the same bytes whether given as text or bytes", () => {
    const guard = createReplayGuard({ now: clock().now });
    guard.claim(body(1));
    expect(guard.claim(new TextEncoder().encode(body(1))).replay).toBe(true);
  });

  it("accepts the same body again once the default 10-minute window has passed", () => {
    const time = clock();
    const guard = createReplayGuard({ now: time.now });
    guard.claim(body(1));
    time.advance(10 * MINUTE - 1);
    expect(guard.claim(body(1)).replay).toBe(true);
    time.advance(1);
    expect(guard.claim(body(1)).replay).toBe(false);
  });

  it("does not extend the window when it rejects a replay", () => {
    const time = clock();
    const guard = createReplayGuard({ now: time.now, windowMs: 10 * MINUTE });
    guard.claim(body(1));
    time.advance(6 * MINUTE);
    expect(guard.claim(body(1)).replay).toBe(true);
    time.advance(4 * MINUTE);
    expect(guard.claim(body(1)).replay).toBe(false);
  });

  it("forgets expired bodies instead of keeping them", () => {
    const time = clock();
    const guard = createReplayGuard({ now: time.now });
    guard.claim(body(1));
    guard.claim(body(2));
    time.advance(11 * MINUTE);
    guard.claim(body(3));
    expect(guard.size).toBe(1);
  });

  it("evicts the oldest body first when the cap is reached", () => {
    const time = clock();
    const guard = createReplayGuard({ now: time.now, maxEntries: 3 });
    for (const n of [1, 2, 3, 4]) {
      guard.claim(body(n));
      time.advance(1000);
    }
    expect(guard.size).toBe(3);
    // Check the still-remembered ones first: a fresh claim would itself evict.
    expect(guard.claim(body(2)).replay).toBe(true);
    expect(guard.claim(body(3)).replay).toBe(true);
    expect(guard.claim(body(4)).replay).toBe(true);
    expect(guard.claim(body(1)).replay).toBe(false);
  });

  it("releases a claimed body so a retry is accepted", () => {
    const guard = createReplayGuard({ now: clock().now });
    guard.claim(body(1));
    guard.release(body(1));
    expect(guard.claim(body(1)).replay).toBe(false);
  });

  describe("timestamps carried in the body", () => {
    const at = (field: string, value: unknown) => {
      const json = { feature: "DEVICE_STATUS", smartlockId: 1, [field]: value };
      return [JSON.stringify(json), json] as const;
    };

    it.each([
      ["timestamp", new Date(T0 - 4 * MINUTE).toISOString()],
      ["date", T0 + 4 * MINUTE],
      ["created", String(T0 - MINUTE)],
      ["timestamp", Math.floor(T0 / 1000) - 60],
    ])("accepts a recent %s (%s)", (field, value) => {
      const guard = createReplayGuard({ now: clock().now });
      expect(guard.claim(...at(field, value))).toEqual({ replay: false });
    });

    it.each([
      ["timestamp", new Date(T0 - 6 * MINUTE).toISOString()],
      ["date", T0 - 5 * MINUTE - 1],
      ["created", Math.floor(T0 / 1000) - 3600],
    ])("rejects an old %s as stale", (field, value) => {
      const guard = createReplayGuard({ now: clock().now });
      expect(guard.claim(...at(field, value))).toEqual({ replay: true, reason: "stale" });
      expect(guard.size).toBe(0);
    });

    it.each([
      ["timestamp", T0 + 6 * MINUTE],
      ["date", new Date(T0 + 60 * MINUTE).toISOString()],
    ])("rejects a %s from the future", (field, value) => {
      const guard = createReplayGuard({ now: clock().now });
      expect(guard.claim(...at(field, value))).toEqual({ replay: true, reason: "future" });
      expect(guard.size).toBe(0);
    });

    it("rejects a replay of an old body that has dropped out of memory", () => {
      const time = clock();
      const guard = createReplayGuard({ now: time.now });
      const delivery = at("timestamp", T0);
      expect(guard.claim(...delivery).replay).toBe(false);
      time.advance(11 * MINUTE);
      expect(guard.claim(...delivery)).toEqual({ replay: true, reason: "stale" });
    });

    it("does not judge a body by a timestamp it cannot read", () => {
      const guard = createReplayGuard({ now: clock().now });
      expect(guard.claim(...at("timestamp", "not a date")).replay).toBe(false);
      expect(guard.claim(...at("date", { nested: T0 - 60 * MINUTE })).replay).toBe(false);
    });
  });
});

describe("deliveryTime", () => {
  it("reads top-level fields only", () => {
    expect(deliveryTime({ timestamp: "2026-12-01T12:00:00Z" })).toBe(T0);
    expect(deliveryTime({ state: { timestamp: T0 } })).toBeUndefined();
    expect(deliveryTime([T0])).toBeUndefined();
    expect(deliveryTime(null)).toBeUndefined();
  });
});
