import { AsyncLocalStorage } from "node:async_hooks";
import { env } from "@/lib/env/index.mjs";
import { sharedLimiter, type SharedLimiter } from "@/lib/shared";
import { ApiError } from "./errors";

export interface LimiterOptions {
  /** The sustained rate. */
  perMinute: number;
  /** How many may come at once before the rate applies. */
  burst: number;
  now?: () => number;
  /** A hard ceiling on remembered keys; the least recently charged one goes first. */
  maxKeys?: number;
}

export type Verdict = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface Limiter {
  take(key: string): Verdict;
  readonly size: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** A token bucket per key: `burst` tokens, refilled at `perMinute`; each allowed call spends one. */
export function createLimiter({ perMinute, burst, now = Date.now, maxKeys = 10_000 }: LimiterOptions): Limiter {
  const perMs = perMinute / 60_000;
  const fullAfterMs = burst / perMs;
  const buckets = new Map<string, Bucket>();
  let sweptAt = now();

  const level = (bucket: Bucket, t: number) => Math.min(burst, bucket.tokens + Math.max(0, t - bucket.at) * perMs);

  // A bucket that has filled up again behaves exactly like no bucket, so idle keys cost nothing.
  const sweep = (t: number) => {
    for (const [key, bucket] of buckets) if (t - bucket.at >= fullAfterMs) buckets.delete(key);
    sweptAt = t;
  };

  return {
    take(key) {
      const t = now();
      if (t - sweptAt >= fullAfterMs) sweep(t);
      const bucket = buckets.get(key);
      const tokens = bucket ? level(bucket, t) : burst;
      if (tokens < 1) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
      // Re-inserting keeps the map ordered by last use, so the ceiling drops the stalest key.
      buckets.delete(key);
      buckets.set(key, { tokens: tokens - 1, at: t });
      if (buckets.size > maxKeys) buckets.delete(buckets.keys().next().value!);
      return { ok: true };
    },
    get size() {
      return buckets.size;
    },
  };
}

interface Limits {
  writes: SharedLimiter;
  generatedCodes: SharedLimiter;
  session: AsyncLocalStorage<string>;
}

const GLOBAL_KEY: unique symbol = Symbol.for("keyhost.rateLimits");

/**
 * Counted in PostgreSQL when DATABASE_URL is set, so a sign-in spread over several instances has
 * one budget; in this process's memory on SQLite. Next may bundle this module several times, so
 * the state lives on globalThis to be shared by every route.
 */
function limits(): Limits {
  const holder = globalThis as typeof globalThis & { [GLOBAL_KEY]?: Limits };
  holder[GLOBAL_KEY] ??= {
    writes: sharedLimiter("writes", env.rateLimits.writes),
    generatedCodes: sharedLimiter("generated-codes", env.rateLimits.generatedCodes),
    session: new AsyncLocalStorage<string>(),
  };
  return holder[GLOBAL_KEY];
}

const tooMany = (code: string, message: string, retryAfterSeconds: number) =>
  new ApiError(429, code, message, undefined, { "Retry-After": String(retryAfterSeconds) });

/** Counts one write by this sign-in, junk included: a brute-forcer's junk is what must be slowed. */
export async function limitWrite(grantId: string): Promise<void> {
  const verdict = await limits().writes.take(grantId);
  if (!verdict.ok) {
    throw tooMany("rate_limited", `Too many changes in a short time. Try again in ${verdict.retryAfterSeconds} s.`, verdict.retryAfterSeconds);
  }
}

/** Runs a request with its sign-in known, so code deep in a service can charge that sign-in. */
export function withSignIn<T>(grantId: string, run: () => T): T {
  return limits().session.run(grantId, run);
}

/**
 * A generated code, charged to the requesting sign-in so a stolen session cannot flood a keypad.
 * Outside a request (the engine, tests) there is nobody to charge.
 */
export async function cappedCodeGeneration(generate: () => string): Promise<string> {
  const { session, generatedCodes } = limits();
  const grantId = session.getStore();
  const verdict = grantId === undefined ? ({ ok: true } as const) : await generatedCodes.take(grantId);
  if (!verdict.ok) {
    throw tooMany(
      "code_generation_limited",
      `Too many generated codes in a short time. Try again in ${verdict.retryAfterSeconds} s.`,
      verdict.retryAfterSeconds,
    );
  }
  return generate();
}
