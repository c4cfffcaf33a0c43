import "server-only";
import { createLimiter, type LimiterOptions } from "./limiter";
import type { DeliveryLog, SharedLimiter } from "./types";

/** One process's memory: what a single instance on SQLite needs, exactly as before. */
export function memoryLimiter(options: LimiterOptions): SharedLimiter {
  const limiter = createLimiter(options);
  return { take: async (key) => limiter.take(key) };
}

export function memoryDeliveryLog(now: () => number = Date.now, maxEntries = 10_000): DeliveryLog {
  // Insertion order is acceptance order, so the first entries are the oldest.
  const seen = new Map<string, number>();
  return {
    async claim(digest, windowMs) {
      const at = now();
      for (const [key, acceptedAt] of seen) {
        if (at - acceptedAt < windowMs) break;
        seen.delete(key);
      }
      if (seen.has(digest)) return false;
      while (seen.size >= maxEntries) seen.delete(seen.keys().next().value!);
      seen.set(digest, at);
      return true;
    },
    async release(digest) {
      seen.delete(digest);
    },
  };
}
