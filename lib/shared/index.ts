import "server-only";
import { processSingleton } from "@/lib/process/singleton";
import type { LimiterOptions } from "./limiter";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env/index.mjs";
import { memoryDeliveryLog, memoryLimiter } from "./memory";
import { postgresDeliveryLog, postgresInvalidationBus, postgresLimiter } from "./postgres";
import type { DeliveryLog, InvalidationBus, SharedLimiter } from "./types";

export type { DeliveryLog, InvalidationBus, SharedLimiter } from "./types";

/**
 * Where this process keeps what instances must share: PostgreSQL when DATABASE_URL is set
 * (several instances), its own memory on SQLite (one instance).
 */
const once = <T>(key: string, create: () => T): T => processSingleton(`shared.${key}`, create);

const shared = () => env.database.kind === "postgres";

export function sharedLimiter(scope: string, options: LimiterOptions): SharedLimiter {
  return once(`limiter:${scope}`, () => {
    if (!shared()) return memoryLimiter(options);
    const limiter = getDb().then((db) => postgresLimiter(db, scope, options));
    return { take: async (key: string) => (await limiter).take(key) };
  });
}

export function deliveryLog(): DeliveryLog {
  return once("deliveries", () => {
    if (!shared()) return memoryDeliveryLog();
    const log = getDb().then(postgresDeliveryLog);
    return { claim: async (d: string, w: number) => (await log).claim(d, w), release: async (d: string) => (await log).release(d) };
  });
}

/** Null on SQLite: one process, nobody else to tell. */
export function invalidationBus(): InvalidationBus | null {
  const url = env.database.kind === "postgres" ? (env.database as { url?: string }).url : undefined;
  if (!url) return null;
  return once("bus", () => {
    let bus: InvalidationBus | null = null;
    const handlers: Array<(account: string) => void> = [];
    void getDb().then((db) => {
      bus = postgresInvalidationBus(db, url);
      for (const handler of handlers) bus.subscribe(handler);
    });
    return {
      live: () => bus?.live() ?? false,
      publish: async (account: string) => bus?.publish(account),
      subscribe: (handler: (account: string) => void) => {
        handlers.push(handler);
        bus?.subscribe(handler);
      },
      close: async () => bus?.close(),
    } satisfies InvalidationBus;
  });
}
