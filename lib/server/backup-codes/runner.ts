import "server-only";
import type { Kysely } from "kysely";
import type { Database } from "@/lib/db/schema";
import type { Engine } from "@/lib/engine/engine";
import type { Ledger } from "@/lib/ledger/ledger";
import type { NukiClient } from "@/lib/nuki/client";
import { createPropertyStore } from "@/lib/server/properties/store";
import { createStayStore } from "@/lib/server/stays/store";
import { keepBackupCodesFresh } from "./replace";
import { createBackupStore } from "./store";

export interface BackupRunnerDeps {
  db: Kysely<Database>;
  engine: Engine;
  ledger: Ledger;
  nukiFor: (accountId: string) => Promise<NukiClient | null>;
  everyMs: number;
  onError?: (error: unknown) => void;
}

/** Every `everyMs`, each account with backup codes has the used and given-out ones replaced once their stay is over. */
export function createBackupRunner(deps: BackupRunnerDeps) {
  const backups = createBackupStore(deps.db);
  const base = { backups, properties: createPropertyStore(deps.db), stays: createStayStore(deps.db), engine: deps.engine, ledger: deps.ledger };
  async function pass() {
    for (const accountId of new Set((await backups.allActive()).map((b) => b.accountId))) {
      try {
        const nuki = await deps.nukiFor(accountId);
        if (nuki) await keepBackupCodesFresh({ ...base, nuki, accountId, actor: "Keyhost (backup codes)" }, Date.now());
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
      const timer = setInterval(() => void tick(), deps.everyMs);
      timer.unref?.();
      return () => clearInterval(timer);
    },
  };
}
