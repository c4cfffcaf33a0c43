import "server-only";
import type { Kysely } from "kysely";
import type { Database } from "@/lib/db/schema";

export interface CleanupLock {
  accountId: string;
  lockId: number;
  days: number;
}

/**
 * The per-lock "delete expired PINs N days after expiry" setting, in the `lock_settings` row it
 * shares with auto-repair. Only its own column is written, so the two settings never overwrite each other.
 */
export function createCleanupSettings(db: Kysely<Database>, now: () => number = Date.now) {
  return {
    async get(accountId: string, lockId: number): Promise<number | null> {
      const row = await db.selectFrom("lock_settings").select("cleanup_after_days").where("account_id", "=", accountId).where("lock_id", "=", String(lockId)).executeTakeFirst();
      return row?.cleanup_after_days ?? null;
    },

    async save(accountId: string, lockId: number, days: number | null): Promise<void> {
      const updated_at = new Date(now()).toISOString();
      await db
        .insertInto("lock_settings")
        .values({ account_id: accountId, lock_id: String(lockId), auto_repair: 0, cleanup_after_days: days, updated_at })
        .onConflict((oc) => oc.columns(["account_id", "lock_id"]).doUpdateSet({ cleanup_after_days: days, updated_at }))
        .execute();
    },

    /** Every lock with automatic clean-up on, for the engine's background pass. */
    async enabled(): Promise<CleanupLock[]> {
      const rows = await db.selectFrom("lock_settings").select(["account_id", "lock_id", "cleanup_after_days"]).where("cleanup_after_days", "is not", null).execute();
      return rows.map((r) => ({ accountId: r.account_id, lockId: Number(r.lock_id), days: Number(r.cleanup_after_days) }));
    },
  };
}
