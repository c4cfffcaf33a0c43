import "server-only";
import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "@/lib/db/schema";
import { CONFIRM_SAMPLE_SIZE } from "@/lib/pins/confirm-times";
import { iso } from "./records";

export interface ConfirmTime {
  accountId: string;
  lockId: number;
  pinId: string;
  action: "create" | "update" | "delete";
  ms: number;
}

/** Each confirmed write's duration per lock, kept beside the ledger's events. */
export function createConfirmTimeStore(db: Kysely<Database>, now: () => number) {
  return {
    async recordConfirmTime(time: ConfirmTime): Promise<void> {
      await db
        .insertInto("confirm_times")
        .values({ id: randomUUID(), account_id: time.accountId, lock_id: String(time.lockId), pin_id: time.pinId, action: time.action, ms: Math.max(0, Math.round(time.ms)), at: iso(now()) })
        .execute();
    },

    /** The lock's most recent durations in milliseconds, newest first. */
    async recentConfirmTimes(accountId: string, lockId: number, limit = CONFIRM_SAMPLE_SIZE): Promise<number[]> {
      const rows = await db
        .selectFrom("confirm_times")
        .select("ms")
        .where("account_id", "=", accountId)
        .where("lock_id", "=", String(lockId))
        .orderBy("at", "desc")
        .orderBy("id")
        .limit(limit)
        .execute();
      return rows.map((r) => Number(r.ms));
    },
  };
}
