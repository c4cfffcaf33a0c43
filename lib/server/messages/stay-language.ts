import "server-only";
import type { Kysely } from "kysely";
import type { Database } from "@/lib/db/schema";
import { isLocale, type Locale } from "@/lib/i18n/config";

/**
 * The language the host last chose for a stay's guest message (`stays.guest_language`), so the
 * message opens in it again; null: none chosen, the property's message language applies.
 */
export function createStayLanguageStore(db: Kysely<Database>) {
  return {
    /** Whether the stay is the account's. */
    async exists(accountId: string, stayId: string): Promise<boolean> {
      const row = await db.selectFrom("stays").select("id").where("account_id", "=", accountId).where("id", "=", stayId).executeTakeFirst();
      return row !== undefined;
    },
    async get(accountId: string, stayId: string): Promise<Locale | null> {
      const row = await db.selectFrom("stays").select("guest_language").where("account_id", "=", accountId).where("id", "=", stayId).executeTakeFirst();
      return isLocale(row?.guest_language) ? row.guest_language : null;
    },
    async set(accountId: string, stayId: string, language: Locale): Promise<void> {
      await db.updateTable("stays").set({ guest_language: language }).where("account_id", "=", accountId).where("id", "=", stayId).execute();
    },
  };
}

export type StayLanguageStore = ReturnType<typeof createStayLanguageStore>;
