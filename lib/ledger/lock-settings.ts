import "server-only";
import type { Kysely } from "kysely";
import type { Database } from "@/lib/db/schema";
import type { LockSettings } from "@/lib/locks/types";
import { iso } from "./records";

/** A lock whose expired PINs are deleted by themselves, after this many days. */
export interface CleanupLock {
  accountId: string;
  lockId: number;
  days: number;
}

/**
 * The `lock_settings` table, the ledger's part for each lock's own settings (auto-repair and the
 * clean-up delay). A save writes only the settings it is given, so neither overwrites the other.
 */
export function lockSettingsStore(db: Kysely<Database>, now: () => number) {
  const row = (accountId: string, lockId: number) =>
    db.selectFrom("lock_settings").where("account_id", "=", accountId).where("lock_id", "=", String(lockId));

  return {
    async settings(accountId: string, lockId: number): Promise<LockSettings> {
      const found = await row(accountId, lockId).select("auto_repair").executeTakeFirst();
      return { autoRepair: found?.auto_repair === 1 };
    },

    /** Days after a PIN's window ends before it is deleted by itself; null: never. */
    async cleanupAfterDays(accountId: string, lockId: number): Promise<number | null> {
      const found = await row(accountId, lockId).select("cleanup_after_days").executeTakeFirst();
      return found?.cleanup_after_days ?? null;
    },

    async saveSettings(accountId: string, lockId: number, patch: Partial<LockSettings>): Promise<void> {
      const changes = {
        ...(patch.autoRepair !== undefined ? { auto_repair: patch.autoRepair ? 1 : 0 } : {}),
        ...(patch.cleanupAfterDays !== undefined ? { cleanup_after_days: patch.cleanupAfterDays } : {}),
        updated_at: iso(now()),
      };
      await db
        .insertInto("lock_settings")
        // A new row starts from the defaults (auto-repair off, no clean-up), then takes the patch.
        .values({ account_id: accountId, lock_id: String(lockId), auto_repair: 0, ...changes })
        .onConflict((oc) => oc.columns(["account_id", "lock_id"]).doUpdateSet(changes))
        .execute();
    },

    /** Every lock with automatic clean-up on, for the engine's background pass. */
    async cleanupLocks(): Promise<CleanupLock[]> {
      const rows = await db.selectFrom("lock_settings").select(["account_id", "lock_id", "cleanup_after_days"]).where("cleanup_after_days", "is not", null).execute();
      return rows.map((r) => ({ accountId: r.account_id, lockId: Number(r.lock_id), days: Number(r.cleanup_after_days) }));
    },
  };
}
