import { describe, expect, it } from "vitest";
import { env } from "@/lib/env/index.mjs";
import { ApiError } from "./errors";
import { createLimiter } from "@/lib/shared/limiter";
import { chargeGeneratedCode, limitWrite } from "./rate-limit";

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

const takeTimes = (limiter: ReturnType<typeof createLimiter>, key: string, n: number) =>
  Array.from({ length: n }, () => limiter.take(key).ok);

describe("createLimiter", () => {
  it("allows a burst, then refuses until a token has refilled", () => {
    const c = clock();
    const limiter = createLimiter({ perMinute: 30, burst: 10, now: c.now });
    expect(takeTimes(limiter, "a", 10)).toEqual(Array(10).fill(true));
    expect(limiter.take("a")).toEqual({ ok: false, retryAfterSeconds: 2 });
    c.advance(1999);
    expect(limiter.take("a").ok).toBe(false);
    c.advance(1);
    expect(limiter.take("a").ok).toBe(true);
    expect(limiter.take("a").ok).toBe(false);
  });

  it("holds the sustained rate over a minute: the burst plus one a minute's worth", () => {
    const c = clock();
    const limiter = createLimiter({ perMinute: 30, burst: 10, now: c.now });
    let allowed = 0;
    for (let ms = 0; ms < 60_000; ms += 100, c.advance(100)) if (limiter.take("a").ok) allowed++;
    expect(allowed).toBe(10 + 30 - 1);
  });

  it("refills to the burst and no further", () => {
    const c = clock();
    const limiter = createLimiter({ perMinute: 60, burst: 3, now: c.now });
    takeTimes(limiter, "a", 3);
    c.advance(3_600_000);
    expect(takeTimes(limiter, "a", 4)).toEqual([true, true, true, false]);
  });

  it("rounds Retry-After up to whole seconds and never below one", () => {
    const c = clock();
    const slow = createLimiter({ perMinute: 20, burst: 1, now: c.now });
    slow.take("a");
    expect(slow.take("a")).toEqual({ ok: false, retryAfterSeconds: 3 });
    c.advance(2_500);
    expect(slow.take("a")).toEqual({ ok: false, retryAfterSeconds: 1 });
    const fast = createLimiter({ perMinute: 6000, burst: 1, now: c.now });
    fast.take("a");
    expect(fast.take("a")).toEqual({ ok: false, retryAfterSeconds: 1 });
  });

  it("keeps keys apart", () => {
    const limiter = createLimiter({ perMinute: 1, burst: 1, now: clock().now });
    expect(limiter.take("a").ok).toBe(true);
    expect(limiter.take("a").ok).toBe(false);
    expect(limiter.take("b").ok).toBe(true);
  });

  it("forgets keys once their bucket has filled up again", () => {
    const c = clock();
    const limiter = createLimiter({ perMinute: 30, burst: 10, now: c.now });
    for (let i = 0; i < 100; i++) limiter.take(`grant-${i}`);
    expect(limiter.size).toBe(100);
    c.advance(19_999);
    limiter.take("late");
    expect(limiter.size).toBe(101);
    c.advance(1);
    limiter.take("later");
    expect(limiter.size).toBe(2); // "late" and "later": not full yet
  });

  it("never remembers more than maxKeys, dropping the least recently charged", () => {
    const limiter = createLimiter({ perMinute: 1, burst: 1, now: clock().now, maxKeys: 2 });
    limiter.take("a");
    limiter.take("b");
    limiter.take("a"); // refused: does not count as use
    limiter.take("c");
    expect(limiter.size).toBe(2);
    expect(limiter.take("a").ok).toBe(true); // "a" was dropped, so it starts afresh
    expect(limiter.take("c").ok).toBe(false);
  });
});

describe("the app's limits", () => {
  const { writes, generatedCodes } = env.rateLimits;
  const retryAfter = (perMinute: number) => String(Math.ceil(60 / perMinute));
  const refusal = async (run: () => unknown) => {
    try {
      await run();
    } catch (error) {
      return error;
    }
    return undefined;
  };

  it("answers 429 rate_limited with Retry-After once a sign-in's writes exceed the burst", async () => {
    for (let i = 0; i < writes.burst; i++) await limitWrite("grant-writes");
    const error = await refusal(() => limitWrite("grant-writes"));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 429, code: "rate_limited", retryAfterSeconds: Number(retryAfter(writes.perMinute)) });
    expect(await refusal(() => limitWrite("another-grant"))).toBeUndefined();
  });

  it("caps generated codes per sign-in, each sign-in on its own budget", async () => {
    for (let i = 0; i < generatedCodes.burst; i++) await chargeGeneratedCode("grant-codes");
    expect(await refusal(() => chargeGeneratedCode("grant-codes"))).toMatchObject({
      status: 429,
      code: "code_generation_limited",
      retryAfterSeconds: Number(retryAfter(generatedCodes.perMinute)),
    });
    expect(await refusal(() => chargeGeneratedCode("another-grant"))).toBeUndefined();
  });
});
