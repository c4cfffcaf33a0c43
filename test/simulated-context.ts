import { afterEach, beforeEach, vi } from "vitest";
import { createEngine, type EngineDeps } from "@/lib/engine/engine";
import { createLedger } from "@/lib/ledger/ledger";
import { createNukiClient, type NukiClientOptions } from "@/lib/nuki/client";
import type { PinContext } from "@/lib/server/pins/service";
import { createPropertyStore } from "@/lib/server/properties/store";
import { NukiSimulator } from "@/lib/simulator";
import { BASE, signIn } from "@/lib/simulator/test-support";
import type { StayContext } from "@/lib/server/stays/service";
import { createStayStore } from "@/lib/server/stays/store";
import { freshDatabaseForTest } from "./databases";

/**
 * Keyhost's real PIN, stay and engine code through the real Nuki client, against the simulator
 * in-process, on a fresh SQLite database and a faked Date. The service tests of PINs, stays and
 * guest messages all need this world; building it here keeps them on the same one.
 */

/** How long the simulator takes to carry a write to the lock. */
export const DELAY = 2000;
/** How long the engine waits for Nuki to list a write before it counts it as failed. */
export const WINDOW = 10_000;
/** Where the faked clock starts: 11:00 in Berlin, 21:00 in Sydney. */
export const NOW = "2026-11-23T10:00:00Z";

export interface SimulatedContextOptions {
  /** Sees every request the Nuki client makes (URL, method and body in `init`), before the simulator answers it. */
  onFetch?: (url: string, init?: RequestInit) => void;
  /** The engine's slower background work (the automatic clean-up). */
  housekeeping?: EngineDeps["housekeeping"];
  /** How long the simulator takes to carry a write to the lock; `DELAY` unless told. */
  propagationDelayMs?: number;
  /** How long the signed-in token lasts; an hour unless told (a test moving the clock by weeks needs more). */
  tokenTtlSeconds?: number;
  /** How the Nuki client tries reads again (its waits, e.g. recorded rather than slept). */
  retry?: NukiClientOptions["retry"];
}

/**
 * A signed-in simulator and a context on it for account "acct"; `restart` gives a fresh ledger and
 * engine on the same database, as after the app restarts. The database is closed when the test ends.
 */
export async function simulatedContext(options: SimulatedContextOptions = {}) {
  const sim = new NukiSimulator({ tokenTtlSeconds: options.tokenTtlSeconds ?? 3600, propagationDelayMs: options.propagationDelayMs ?? DELAY });
  const tokens = await signIn(sim);
  const fetchViaSimulator = (async (url: URL | string, init?: RequestInit) => {
    options.onFetch?.(String(url), init);
    return sim.handle(new Request(url, init), "/sim");
  }) as typeof fetch;
  const nuki = createNukiClient(tokens.access_token, { baseUrl: BASE, fetch: fetchViaSimulator, retry: options.retry });
  const { db } = await freshDatabaseForTest("sqlite");
  const boot = (): StayContext => {
    const ledger = createLedger(db);
    const engine = createEngine({
      ledger,
      owner: "test",
      nukiFor: async () => nuki,
      policy: { confirmWindowMs: WINDOW, maxAttempts: 3, auditEveryMs: 5_000 },
      housekeeping: options.housekeeping,
    });
    // As in the app: every writer uses the engine's ledger, which wakes the engine when a PIN falls due.
    return { nuki, accountId: "acct", actor: "Ana", engine, ledger: engine.ledger, properties: createPropertyStore(db), stays: createStayStore(db) };
  };
  return { sim, db, ctx: boot(), restart: boot };
}

/** Moves the faked clock on by `ms`, then lets the engine do what has become due. */
export async function later(ctx: PinContext, ms: number) {
  vi.advanceTimersByTime(ms);
  await ctx.engine.tick();
}

/** Fakes Date alone (timers stay real) at NOW in each test of the calling file. */
export function fakeDateInEachTest() {
  beforeEach(() => vi.useFakeTimers({ toFake: ["Date"], now: new Date(NOW) }));
  afterEach(() => vi.useRealTimers());
}
