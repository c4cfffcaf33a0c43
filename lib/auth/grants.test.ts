import { describe, expect, it } from "vitest";
import { DATABASES, freshDatabaseForTest } from "@/test/databases";
import { createGrantStore, type Rotation } from "./grants";

const HOUR = 3_600_000;

describe.each(DATABASES)("grant store on %s", (kind) => {
  async function setup(refresh: (token: string) => Promise<Rotation>) {
    const { db } = await freshDatabaseForTest(kind);
    let clock = Date.parse("2026-11-23T10:00:00Z");
    const store = createGrantStore(db, { secret: "s".repeat(32), refresh, now: () => clock });
    const id = await store.create({ accountId: "42", name: "Ana", email: null, accessToken: "at-1", refreshToken: "rt-1", accessTokenExpires: clock + HOUR });
    return { db, store, id, advance: (ms: number) => (clock += ms), now: () => clock };
  }

  it("keeps tokens sealed at rest and hands out the access token while it is fresh", async () => {
    const { db, store, id } = await setup(() => Promise.reject(new Error("no refresh expected")));
    const row = await db.selectFrom("grants").selectAll().executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toMatch(/at-1|rt-1/);
    expect(await store.access(id)).toMatchObject({ status: "ok", accountId: "42", accessToken: "at-1" });
    expect(await store.forAccount("42")).toBe(id);
  });

  it("rotates near expiry, spends each refresh token once, and fails cleanly when Nuki refuses", async () => {
    const spent: string[] = [];
    let n = 1;
    const { db, store, id, advance, now } = await setup(async (token) => {
      if (spent.includes(token)) throw new Error("refresh token already used");
      spent.push(token);
      n++;
      return { accessToken: `at-${n}`, refreshToken: `rt-${n}`, accessTokenExpires: now() + HOUR };
    });
    advance(HOUR);
    const [a, b] = await Promise.all([store.access(id), store.access(id)]);
    expect([a, b].map((r) => (r.status === "ok" ? r.accessToken : r.status)).sort()).toEqual(["at-2", "at-2"]);
    expect(spent).toEqual(["rt-1"]);
    advance(HOUR);
    expect(await store.access(id)).toMatchObject({ accessToken: "at-3" });

    const refusing = createGrantStore(db, { secret: "s".repeat(32), refresh: () => Promise.reject(new Error("invalid_grant")), now: () => now() + HOUR });
    expect(await refusing.access(id)).toEqual({ status: "expired" });
    expect(await store.access(id)).toEqual({ status: "expired" });
    expect(await store.forAccount("42")).toBeNull();
  });

  it("forgets a revoked sign-in", async () => {
    const { store, id } = await setup(() => Promise.reject(new Error("unused")));
    await store.revoke(id);
    expect(await store.access(id)).toEqual({ status: "missing" });
  });
});
