import "server-only";
import { env } from "@/lib/env/index.mjs";
import { getDb } from "@/lib/db";
import { createGrantStore, type GrantStore } from "./grants";
import { rotate } from "./refresh";

let store: Promise<GrantStore> | undefined;

/** The app's grant store on its database, sealing with the session secret. */
export function getGrants(): Promise<GrantStore> {
  store ??= getDb().then((db) => createGrantStore(db, { secret: env.authSecret, refresh: (token) => rotate(token) }));
  return store;
}
