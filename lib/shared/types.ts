import "server-only";
import type { Verdict } from "./limiter";

/**
 * State that several app instances must agree on. SQLite (one process) keeps it in memory;
 * PostgreSQL (any number of instances) keeps it in the database, so every instance sees one truth.
 */

/** A token bucket per key, e.g. the writes of one sign-in. */
export interface SharedLimiter {
  take(key: string): Promise<Verdict>;
}

/** Webhook deliveries already accepted, by digest, for as long as a replay must be refused. */
export interface DeliveryLog {
  /** True when this digest was not seen within the window: it is now remembered. One step, so two copies cannot both pass. */
  claim(digest: string, windowMs: number): Promise<boolean>;
  release(digest: string): Promise<void>;
}

/** Tells the other instances that an account's Nuki reads are out of date. */
export interface InvalidationBus {
  /** False while this instance may be missing announcements (not yet listening, or reconnecting). */
  live(): boolean;
  publish(account: string): Promise<void>;
  /** `account` is "*" after a reconnect: anything may have been missed, so forget everything. */
  subscribe(handler: (account: string) => void): void;
  close(): Promise<void>;
}
