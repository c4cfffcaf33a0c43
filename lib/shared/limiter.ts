import "server-only";
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
