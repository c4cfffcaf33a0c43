import "server-only";
import type { Kysely } from "kysely";
import type { Database } from "@/lib/db/schema";
import type { NukiClient } from "@/lib/nuki/client";
import { seal, unseal } from "@/lib/security/seal";

export const WEBHOOK_PATH = "/api/webhooks/nuki";
const FEATURES = ["DEVICE_AUTHS", "DEVICE_STATUS"];

/** The secrets of this app's registered webhooks, newest first (an old one may still sign late deliveries). */
export async function webhookSecrets(db: Kysely<Database>, key: string): Promise<string[]> {
  const rows = await db.selectFrom("webhooks").select("secret").orderBy("created_at", "desc").execute();
  return rows.flatMap((r) => {
    try {
      return [unseal(r.secret, key)];
    } catch {
      return [];
    }
  });
}

/**
 * Registers the decentral webhook once per public URL, so Nuki tells Keyhost about auth and lock
 * changes at once; polling stays the fallback when it does not.
 */
export async function ensureWebhook(db: Kysely<Database>, nuki: NukiClient, publicUrl: string, key: string, now = Date.now): Promise<boolean> {
  const url = new URL(WEBHOOK_PATH, publicUrl).toString();
  const existing = await db.selectFrom("webhooks").select("id").where("url", "=", url).executeTakeFirst();
  if (existing) return false;
  const webhook = await nuki.registerWebhook(url, FEATURES);
  await db
    .insertInto("webhooks")
    .values({ id: String(webhook.id), url, secret: seal(webhook.secret, key), created_at: new Date(now()).toISOString() })
    .onConflict((oc) => oc.column("id").doUpdateSet({ url, secret: seal(webhook.secret, key) }))
    .execute();
  return true;
}
