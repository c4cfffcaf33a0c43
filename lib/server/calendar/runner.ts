import "server-only";
import type { Kysely } from "kysely";
import type { Database } from "@/lib/db/schema";
import type { Engine } from "@/lib/engine/engine";
import type { Ledger } from "@/lib/ledger/ledger";
import type { NukiClient } from "@/lib/nuki/client";
import { createPropertyStore } from "@/lib/server/properties/store";
import { createStayStore } from "@/lib/server/stays/store";
import { settleDoors } from "./doors";
import { createFeedStore } from "./feed-store";
import type { FeedValidators, FetchResult } from "./fetch";
import { syncFeed, type CalendarContext } from "./sync";

export interface CalendarRunnerDeps {
  db: Kysely<Database>;
  engine: Engine;
  ledger: Ledger;
  nukiFor: (accountId: string) => Promise<NukiClient | null>;
  fetchFeed: (url: string, validators: FeedValidators) => Promise<FetchResult>;
  /** How often each feed is read. */
  everyMs: number;
  allowLoopback: boolean;
  onError?: (error: unknown) => void;
  now?: () => number;
}

/** Looked at every minute: feeds fall due every `everyMs`, and codes go onto doors by the day. */
const PASS_MS = 60_000;

/**
 * The engine's calendar work: reads each feed when due and, for every property with feeds, puts
 * codes on the doors at lead time and takes them off after check-out, also between reads.
 */
export function createCalendarRunner(deps: CalendarRunnerDeps) {
  const now = deps.now ?? Date.now;
  const feeds = createFeedStore(deps.db, now);
  const base = { feeds, fetchFeed: deps.fetchFeed, now, everyMs: deps.everyMs, allowLoopback: deps.allowLoopback, properties: createPropertyStore(deps.db, now), stays: createStayStore(deps.db, now), engine: deps.engine, ledger: deps.ledger };

  async function pass(): Promise<void> {
    const due = await feeds.due(now());
    const places = await feeds.properties();
    for (const accountId of new Set(places.map((p) => p.accountId))) {
      try {
        const nuki = await deps.nukiFor(accountId);
        if (!nuki) continue;
        const ctx: CalendarContext = { ...base, nuki, accountId, actor: "Keyhost (calendar)" };
        const synced = new Set<string>();
        for (const feed of due.filter((f) => f.accountId === accountId)) {
          await syncFeed(ctx, feed.id).catch((error: unknown) => deps.onError?.(error));
          synced.add(feed.propertyId);
        }
        for (const place of places.filter((p) => p.accountId === accountId && !synced.has(p.propertyId))) {
          const property = await ctx.properties.get(accountId, place.propertyId);
          if (property) await settleDoors(ctx, property, now()).catch((error: unknown) => deps.onError?.(error));
        }
      } catch (error) {
        deps.onError?.(error);
      }
    }
  }

  let running: Promise<void> | null = null;
  const tick = () => (running ??= pass().finally(() => (running = null)));

  return {
    tick,
    start(): () => void {
      void tick();
      const timer = setInterval(() => void tick(), Math.min(PASS_MS, deps.everyMs));
      timer.unref?.();
      return () => clearInterval(timer);
    },
  };
}
