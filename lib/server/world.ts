import "server-only";
import { processSingleton } from "@/lib/process/singleton";
import { randomUUID } from "node:crypto";
import { env } from "@/lib/env/index.mjs";
import { getGrants } from "@/lib/auth/grant-store";
import { getDb } from "@/lib/db";
import { createLedger, type Ledger } from "@/lib/ledger/ledger";
import { nukiForAccount } from "@/lib/nuki/read-cache";
import { cleanupAccount } from "@/lib/server/pins/cleanup";
import { createEngine, type Engine } from "@/lib/engine/engine";
import { fetchForThisServer } from "@/lib/server/calendar/server-fetch";
import { createCalendarRunner } from "@/lib/server/calendar/runner";
import { startCheckRunner } from "@/lib/server/pre-arrival/start";
import { createAccountLeases } from "@/lib/engine/account-leases";
import { engineStarted, recordPass } from "@/lib/engine/health";
import { createBackupRunner } from "@/lib/server/backup-codes/runner";

interface World {
  engine: Engine;
  ledger: Ledger;
}

const CLEANUP_EVERY_MS = 5 * 60_000;
/** How long an instance that stopped keeps its accounts before another instance's engine takes them over. */
const ACCOUNT_LEASE_MS = 15_000;

/** The ledger and engine of this server process, created once; the engine runs in the background. */
export function getWorld(): Promise<World> {
  return processSingleton("world", async () => {
    const db = await getDb();
    const stored = createLedger(db);
    const grants = await getGrants();
    async function nukiFor(accountId: string) {
      const grantId = await grants.forAccount(accountId);
      const access = grantId ? await grants.access(grantId) : null;
      // Confirmations must see Nuki's latest listing: always read upstream, and share the answer
      // with page views (nothing older is served to them afterwards).
      return access?.status === "ok" ? nukiForAccount(access.accessToken, accountId, { fresh: true }) : null;
    }
    const owner = randomUUID();
    // Several instances on one database: each account's due PINs are worked by the one holding it.
    const leases = createAccountLeases(db, owner, ACCOUNT_LEASE_MS);
    const engine = createEngine({
      ledger: { ...stored, dueAccounts: async () => recordPass(await leases.take(await stored.dueAccounts())) },
      owner,
      policy: { confirmWindowMs: env.pinConfirmTimeoutMs, maxAttempts: env.pinMaxAttempts, auditEveryMs: env.driftAuditMs },
      nukiFor,
      // Only the kind of failure: a Nuki error message never holds a code or a token.
      onError: (error) => console.error("engine:", error instanceof Error ? error.message : "unknown error"),
      // Expiry is counted in days: looking every few minutes is plenty.
      housekeeping: {
        everyMs: CLEANUP_EVERY_MS,
        accounts: async () => [...new Set((await ledger.cleanupLocks()).map((l) => l.accountId))],
        async run(nuki, accountId) {
          const days = new Map((await ledger.cleanupLocks()).filter((l) => l.accountId === accountId).map((l) => [l.lockId, l.days]));
          await cleanupAccount({ nuki, accountId, actor: "Keyhost (automatic clean-up)", engine, ledger }, new Date(), days);
        },
      },
    });
    // From here on every writer uses the engine's ledger, which wakes the engine when a PIN falls due.
    const ledger = engine.ledger;
    engine.start(env.engineTickMs);
    createCalendarRunner({ db, engine, ledger, nukiFor, fetchFeed: fetchForThisServer, everyMs: env.calendarSyncMs, allowLoopback: env.demoMode, onError: (error) => console.error("calendar:", error instanceof Error ? error.message : "unknown error") }).start();
    createBackupRunner({ db, engine, ledger, nukiFor, everyMs: 60_000, onError: (error) => console.error("backup codes:", error instanceof Error ? error.message : "unknown error") }).start();
    startCheckRunner({ db, engine, ledger, nukiFor, grants });
    engineStarted();
    return { engine, ledger };
  });
}
