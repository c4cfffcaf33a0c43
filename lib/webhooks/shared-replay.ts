import "server-only";
import type { DeliveryLog } from "@/lib/shared/types";
import { deliveryTime, digestOf, MAX_CLOCK_SKEW_MS, REPLAY_WINDOW_MS, type ReplayVerdict } from "./replay";

/** The replay guard of several instances: the same checks as the in-memory one, the memory in a shared log. */
export interface SharedReplayGuard {
  claim(rawBody: Uint8Array | string, json?: unknown): Promise<ReplayVerdict>;
  release(rawBody: Uint8Array | string): Promise<void>;
}

export function createSharedReplayGuard(log: DeliveryLog, options: { windowMs?: number; maxSkewMs?: number; now?: () => number } = {}): SharedReplayGuard {
  const windowMs = options.windowMs ?? REPLAY_WINDOW_MS;
  const maxSkewMs = options.maxSkewMs ?? MAX_CLOCK_SKEW_MS;
  const now = options.now ?? Date.now;
  return {
    async claim(rawBody, json) {
      const at = now();
      const sent = deliveryTime(json);
      if (sent !== undefined && at - sent > maxSkewMs) return { replay: true, reason: "stale" };
      if (sent !== undefined && sent - at > maxSkewMs) return { replay: true, reason: "future" };
      return (await log.claim(digestOf(rawBody), windowMs)) ? { replay: false } : { replay: true, reason: "duplicate" };
    },
    release: (rawBody) => log.release(digestOf(rawBody)),
  };
}
