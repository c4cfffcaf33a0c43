import "server-only";
import { randomUUID } from "node:crypto";
import { sql, type Kysely } from "kysely";
import pg from "pg";
import type { LimiterOptions } from "./limiter";
import type { Database } from "@/lib/db/schema";
import type { DeliveryLog, InvalidationBus, SharedLimiter } from "./types";

/**
 * The shared state in PostgreSQL. Times come from the database's clock, so instances whose clocks
 * differ still count one budget; every check-and-charge is one statement, so instances racing on
 * the same key are serialised by the row lock.
 */

const NOW_MS = sql<number>`(extract(epoch from clock_timestamp()) * 1000)`;
const SWEEP_EVERY_MS = 60_000;

export function postgresLimiter(db: Kysely<Database>, scope: string, { perMinute, burst }: LimiterOptions): SharedLimiter {
  const perMs = perMinute / 60_000;
  const fullAfterMs = burst / perMs;
  let sweptAt = 0;
  const level = sql<number>`least(${burst}::float8, b.tokens + greatest(0, ${NOW_MS} - b.at) * ${perMs}::float8)`;
  return {
    async take(key) {
      if (Date.now() - sweptAt > SWEEP_EVERY_MS) {
        sweptAt = Date.now();
        // A bucket that has filled up again is the same as none.
        await sql`delete from rate_buckets where scope = ${scope} and at < ${NOW_MS} - ${fullAfterMs}::float8`.execute(db);
      }
      const taken = await sql<{ tokens: number }>`
        insert into rate_buckets as b (scope, key, tokens, at) values (${scope}, ${key}, ${burst - 1}::float8, ${NOW_MS})
        on conflict (scope, key) do update set tokens = ${level} - 1, at = ${NOW_MS}
        where ${level} >= 1
        returning tokens`.execute(db);
      if (taken.rows.length) return { ok: true };
      const left = await sql<{ level: number }>`select ${level} as level from rate_buckets b where scope = ${scope} and key = ${key}`.execute(db);
      const tokens = Number(left.rows[0]?.level ?? 0);
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
    },
  };
}

export function postgresDeliveryLog(db: Kysely<Database>): DeliveryLog {
  let sweptAt = 0;
  return {
    async claim(digest, windowMs) {
      if (Date.now() - sweptAt > SWEEP_EVERY_MS) {
        sweptAt = Date.now();
        await sql`delete from webhook_deliveries where accepted_at < ${NOW_MS} - ${windowMs}::float8`.execute(db);
      }
      // A digest seen longer ago than the window counts as new again (its row is taken over).
      const result = await sql`
        insert into webhook_deliveries as d (digest, accepted_at) values (${digest}, ${NOW_MS})
        on conflict (digest) do update set accepted_at = excluded.accepted_at
        where d.accepted_at <= excluded.accepted_at - ${windowMs}::float8
        returning digest`.execute(db);
      return result.rows.length === 1;
    },
    async release(digest) {
      await sql`delete from webhook_deliveries where digest = ${digest}`.execute(db);
    },
  };
}

export const INVALIDATION_CHANNEL = "keyhost_read_cache";
const RECONNECT_MS = 1_000;

/**
 * LISTEN/NOTIFY on one channel: a dedicated connection listens (reconnecting when it drops);
 * announcements go out through the app's pool. An instance ignores its own announcements.
 */
export function postgresInvalidationBus(db: Kysely<Database>, url: string): InvalidationBus {
  const self = randomUUID();
  const handlers: Array<(account: string) => void> = [];
  let listening = false;
  let closed = false;
  let client: pg.Client | null = null;

  const emit = (account: string) => {
    for (const handler of handlers) handler(account);
  };

  async function connect() {
    if (closed) return;
    const next = new pg.Client({ connectionString: url });
    client = next;
    const lost = () => {
      if (client !== next) return;
      listening = false;
      client = null;
      next.removeAllListeners();
      void next.end().catch(() => undefined);
      if (!closed) setTimeout(() => void connect(), RECONNECT_MS).unref?.();
    };
    next.on("error", lost);
    next.on("end", lost);
    next.on("notification", (message) => {
      try {
        const { from, account } = JSON.parse(message.payload ?? "{}") as { from?: string; account?: string };
        if (from !== self && typeof account === "string") emit(account);
      } catch {
        // not ours
      }
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${INVALIDATION_CHANNEL}`);
      if (client !== next) return;
      listening = true;
      // Whatever was announced while nobody listened is unknown: start clean.
      emit("*");
    } catch {
      lost();
    }
  }
  void connect();

  return {
    live: () => listening,
    async publish(account) {
      await sql`select pg_notify(${INVALIDATION_CHANNEL}, ${JSON.stringify({ from: self, account })})`.execute(db);
    },
    subscribe(handler) {
      handlers.push(handler);
    },
    async close() {
      closed = true;
      listening = false;
      const current = client;
      client = null;
      await current?.end().catch(() => undefined);
    },
  };
}
