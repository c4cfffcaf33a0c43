import "server-only";
import { processSingleton } from "@/lib/process/singleton";
import type { Kysely } from "kysely";
import { env } from "@/lib/env/index.mjs";
import { migrate, openDatabase } from "./connect";
import type { Database } from "./schema";

/** The app's database, opened and migrated once per server process. */
export function getDb(): Promise<Kysely<Database>> {
  return processSingleton("db", async () => {
    const db = openDatabase(env.database as Parameters<typeof openDatabase>[0]);
    await migrate(db);
    return db;
  });
}
