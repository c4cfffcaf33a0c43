import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { inject, onTestFinished } from "vitest";
import { migrate, openDatabase, type DatabaseConfig } from "@/lib/db/connect";

/** Both databases Keyhost supports, each fresh and migrated, for tests that must hold on both. */
export const DATABASES = ["sqlite", "postgres"] as const;

/** A fresh, migrated database, and its config so a test can open a second connection, as after a restart. */
export async function freshDatabase(kind: (typeof DATABASES)[number]) {
  const config = await freshConfig(kind);
  const db = openDatabase(config);
  await migrate(db);
  return { db, config };
}

/**
 * A fresh database for the running test alone, closed when that test ends however it ends: a failed
 * test cannot leave its connection open, nor make the next test's clean-up close the wrong one.
 */
export async function freshDatabaseForTest(kind: (typeof DATABASES)[number]) {
  const fresh = await freshDatabase(kind);
  onTestFinished(() => fresh.db.destroy());
  return fresh;
}

/** A new, empty database (not migrated). */
export async function freshConfig(kind: (typeof DATABASES)[number]): Promise<DatabaseConfig> {
  if (kind === "sqlite") return { kind: "sqlite", file: path.join(mkdtempSync(path.join(tmpdir(), "keyhost-db-")), "test.sqlite") };
  const base = inject("postgresUrl");
  const name = `test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return { kind: "postgres", url: base.replace(/\/postgres$/, `/${name}`) };
}
