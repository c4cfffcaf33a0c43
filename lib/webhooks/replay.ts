import "server-only";
import { createHash } from "node:crypto";

export const REPLAY_WINDOW_MS = 10 * 60 * 1000;
export const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;
export const MAX_REMEMBERED = 10_000;

export interface ReplayGuardOptions {
  /** How long an accepted body is remembered. Keep it longer than `maxSkewMs`. */
  windowMs?: number;
  /** How far a body's own timestamp may be from now, either way. */
  maxSkewMs?: number;
  /** At most this many bodies are remembered; the oldest are forgotten first. */
  maxEntries?: number;
  now?: () => number;
}

export type ReplayVerdict =
  | { replay: false }
  | { replay: true; reason: "duplicate" | "stale" | "future" };

export interface ReplayGuard {
  /**
   * Checks a delivery and, only if it is fresh, remembers it. Checking and remembering are
   * one step so two copies arriving together cannot both pass.
   */
  claim(rawBody: Uint8Array | string, json?: unknown): ReplayVerdict;
  /** Forgets a claimed body, so Nuki's retry is accepted after the app failed to handle it. */
  release(rawBody: Uint8Array | string): void;
  readonly size: number;
}

const TIMESTAMP_FIELDS = ["timestamp", "date", "created"] as const;
// Below this a number cannot be epoch milliseconds of a real delivery (it would be 1973),
// so it is taken as epoch seconds rather than rejecting every delivery as stale.
const SECONDS_BELOW = 1e11;

function toMillis(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isFinite(value)) {
    return value < SECONDS_BELOW ? value * 1000 : value;
  }
  if (typeof value === "string" && value.trim() !== "") {
    if (/^\d+$/.test(value)) return toMillis(Number(value));
    const parsed = Date.parse(value);
    return Number.isNaN(parsed) ? undefined : parsed;
  }
  return undefined;
}

/** The delivery's own time, if it carries one at the top level; unreadable values are no evidence. */
export function deliveryTime(json: unknown): number | undefined {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return undefined;
  const record = json as Record<string, unknown>;
  for (const field of TIMESTAMP_FIELDS) {
    const millis = toMillis(record[field]);
    if (millis !== undefined) return millis;
  }
  return undefined;
}

export function digestOf(rawBody: Uint8Array | string): string {
  return createHash("sha256").update(rawBody).digest("hex");
}

/**
 * An in-memory guard: it protects one server process. Several instances on PostgreSQL use the
 * shared guard (shared-replay.ts) instead, so a replay to another instance is refused too.
 */
export function createReplayGuard(options: ReplayGuardOptions = {}): ReplayGuard {
  const windowMs = options.windowMs ?? REPLAY_WINDOW_MS;
  const maxSkewMs = options.maxSkewMs ?? MAX_CLOCK_SKEW_MS;
  const maxEntries = Math.max(1, options.maxEntries ?? MAX_REMEMBERED);
  const now = options.now ?? Date.now;
  // Insertion order is acceptance order, so the first entries are always the oldest.
  const seen = new Map<string, number>();

  function forgetExpired(at: number) {
    for (const [digest, acceptedAt] of seen) {
      if (at - acceptedAt < windowMs) break;
      seen.delete(digest);
    }
  }

  return {
    claim(rawBody, json) {
      const at = now();
      forgetExpired(at);
      const sent = deliveryTime(json);
      if (sent !== undefined && at - sent > maxSkewMs) return { replay: true, reason: "stale" };
      if (sent !== undefined && sent - at > maxSkewMs) return { replay: true, reason: "future" };
      const digest = digestOf(rawBody);
      if (seen.has(digest)) return { replay: true, reason: "duplicate" };
      while (seen.size >= maxEntries) {
        const oldest = seen.keys().next();
        if (oldest.done) break;
        seen.delete(oldest.value);
      }
      seen.set(digest, at);
      return { replay: false };
    },
    release(rawBody) {
      seen.delete(digestOf(rawBody));
    },
    get size() {
      return seen.size;
    },
  };
}
