import "server-only";
import type { Kysely } from "kysely";
import type { Database } from "@/lib/db/schema";

/**
 * Which instance works an account's due PINs. An engine pass takes (or renews) the account for
 * `forMs`; while it holds it, other instances leave the account alone, so each due PIN is worked by
 * one instance, not all. An instance that dies simply stops renewing: after `forMs` another takes
 * over. Writes to one PIN are also serialised by the PIN's own lease (ledger.claim), so even two
 * engines on one account would never send the same write twice at once.
 */
export function createAccountLeases(db: Kysely<Database>, owner: string, forMs: number, now: () => number = Date.now) {
  return {
    /** The accounts of `accountIds` this instance holds now (taken or renewed). */
    async take(accountIds: string[]): Promise<string[]> {
      const held: string[] = [];
      for (const accountId of accountIds) {
        const at = new Date(now()).toISOString();
        const until = new Date(now() + forMs).toISOString();
        const result = await db
          .insertInto("engine_leases")
          .values({ account_id: accountId, owner, until })
          .onConflict((oc) =>
            oc
              .column("account_id")
              .doUpdateSet({ owner, until })
              .where((eb) => eb.or([eb("engine_leases.owner", "=", owner), eb("engine_leases.until", "<", at)])),
          )
          .executeTakeFirst();
        if (Number(result.numInsertedOrUpdatedRows ?? 0) > 0) held.push(accountId);
      }
      return held;
    },

    /** Lets go of every account at a clean shutdown, so another instance need not wait out the lease. */
    async releaseAll(): Promise<void> {
      await db.deleteFrom("engine_leases").where("owner", "=", owner).execute();
    },
  };
}
