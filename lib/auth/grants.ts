import "server-only";
import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database, GrantsTable } from "@/lib/db/schema";
import { seal, unseal } from "@/lib/security/seal";

/** Refresh this long before expiry so a request never starts with a token about to lapse. */
export const REFRESH_MARGIN_MS = 60_000;

export interface Rotation {
  accessToken: string;
  refreshToken: string;
  accessTokenExpires: number;
}

export interface NewGrant {
  accountId: string;
  name: string | null;
  email: string | null;
  accessToken: string;
  refreshToken: string | null;
  accessTokenExpires: number;
}

type GrantOk = { status: "ok"; accountId: string; name: string | null; email: string | null; accessToken: string };
export type GrantAccess =
  | GrantOk
  | { status: "expired" }
  | { status: "missing" };

interface Deps {
  secret: string;
  refresh: (refreshToken: string) => Promise<Rotation>;
  now?: () => number;
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Nuki tokens, sealed, one row per sign-in. Requests and the background engine read them here;
 * a rotation is saved only if nobody rotated first, so a refresh token is spent once.
 */
export function createGrantStore(db: Kysely<Database>, { secret, refresh, now = Date.now }: Deps) {
  const load = (id: string) => db.selectFrom("grants").selectAll().where("id", "=", id).executeTakeFirst();

  const access = (row: GrantsTable): GrantOk => ({
    status: "ok",
    accountId: row.account_id,
    name: row.name,
    email: row.email,
    accessToken: unseal(row.access_token, secret),
  });

  async function rotateRow(row: GrantsTable): Promise<GrantAccess> {
    if (!row.refresh_token) return markFailed(row.id);
    let rotation: Rotation;
    try {
      rotation = await refresh(unseal(row.refresh_token, secret));
    } catch {
      // Another instance may be spending this refresh token right now: give it a moment to save.
      for (let i = 0; i < 10; i++) {
        const latest = await load(row.id);
        if (latest && latest.version !== row.version && !latest.failed_at) return access(latest);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return markFailed(row.id);
    }
    const saved = await db
      .updateTable("grants")
      .set({
        access_token: seal(rotation.accessToken, secret),
        refresh_token: seal(rotation.refreshToken, secret),
        access_expires_at: iso(rotation.accessTokenExpires),
        version: row.version + 1,
        updated_at: iso(now()),
      })
      .where("id", "=", row.id)
      .where("version", "=", row.version)
      .executeTakeFirst();
    if (Number(saved.numUpdatedRows) === 1) return { ...access(row), accessToken: rotation.accessToken };
    const latest = await load(row.id);
    return latest && !latest.failed_at ? access(latest) : { status: "expired" };
  }

  async function markFailed(id: string): Promise<GrantAccess> {
    await db.updateTable("grants").set({ failed_at: iso(now()), updated_at: iso(now()) }).where("id", "=", id).execute();
    return { status: "expired" };
  }

  return {
    async create(grant: NewGrant): Promise<string> {
      const id = randomUUID();
      const at = iso(now());
      await db
        .insertInto("grants")
        .values({
          id,
          account_id: grant.accountId,
          name: grant.name,
          email: grant.email,
          access_token: seal(grant.accessToken, secret),
          refresh_token: grant.refreshToken ? seal(grant.refreshToken, secret) : null,
          access_expires_at: iso(grant.accessTokenExpires),
          failed_at: null,
          version: 0,
          created_at: at,
          updated_at: at,
        })
        .execute();
      return id;
    },

    /** A usable access token for this sign-in, rotated first when it is about to expire. */
    async access(id: string): Promise<GrantAccess> {
      const row = await load(id);
      if (!row) return { status: "missing" };
      if (row.failed_at) return { status: "expired" };
      if (Date.parse(row.access_expires_at) - REFRESH_MARGIN_MS > now()) return access(row);
      return rotateRow(row);
    },

    /** The most recently used live sign-in of an account, for work done when nobody is looking. */
    async forAccount(accountId: string): Promise<string | null> {
      const row = await db
        .selectFrom("grants")
        .select("id")
        .where("account_id", "=", accountId)
        .where("failed_at", "is", null)
        .orderBy("updated_at", "desc")
        .executeTakeFirst();
      return row?.id ?? null;
    },

    /** Nuki refused the token: no request and no background work uses this sign-in again. */
    fail: async (id: string): Promise<void> => {
      await markFailed(id);
    },

    /** Sign-out: the tokens are gone, so the old cookie opens nothing even if it was copied. */
    async revoke(id: string): Promise<void> {
      await db.deleteFrom("grants").where("id", "=", id).execute();
    },
  };
}

export type GrantStore = ReturnType<typeof createGrantStore>;
