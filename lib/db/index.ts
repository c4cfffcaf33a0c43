import "server-only";
import type { Kysely } from "kysely";
import { env } from "@/lib/env/index.mjs";
import { migrate, openDatabase } from "./connect";
import type { Database } from "./schema";

const holder = globalThis as { __keyhostDb?: Promise<Kysely<Database>> };

/** The app's database, opened and migrated once per server process. */
export function getDb(): Promise<Kysely<Database>> {
  holder.__keyhostDb ??= (async () => {
    const db = openDatabase(env.database as Parameters<typeof openDatabase>[0]);
    await migrate(db);
    return db;
  })();
  return holder.__keyhostDb;
}
