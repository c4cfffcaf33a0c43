import "server-only";
import type { Kysely } from "kysely";
import { getDb } from "@/lib/db";
import type { Database } from "@/lib/db/schema";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/config";

/**
 * The language each host reads Keyhost in, kept per account: the pre-arrival e-mails go out with
 * no request behind them, so they are written in the language the host last chose or read a page in.
 */
export function createHostLocaleStore(db: Kysely<Database>, now: () => number = Date.now) {
  return {
    /** The host's language; English until they have chosen or been shown one. */
    async get(accountId: string): Promise<Locale> {
      const row = await db.selectFrom("account_prefs").select("locale").where("account_id", "=", accountId).executeTakeFirst();
      return isLocale(row?.locale) ? row.locale : DEFAULT_LOCALE;
    },

    async set(accountId: string, locale: Locale): Promise<void> {
      const updated_at = new Date(now()).toISOString();
      await db
        .insertInto("account_prefs")
        .values({ account_id: accountId, locale, updated_at })
        .onConflict((oc) => oc.column("account_id").doUpdateSet({ locale, updated_at }))
        .execute();
    },
  };
}

/** What this process last wrote per account, so a page render writes only when the language changed. */
const written = new Map<string, Locale>();

/**
 * Records the host's language: `chosen` when they picked it in the header (always written), else
 * as a page rendered in it (written when it differs from what this process last wrote).
 */
export async function rememberHostLocale(accountId: string, locale: Locale, { chosen = false } = {}): Promise<void> {
  if (!chosen && written.get(accountId) === locale) return;
  await createHostLocaleStore(await getDb()).set(accountId, locale);
  written.set(accountId, locale);
}
