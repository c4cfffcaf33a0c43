import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import SQLite from "better-sqlite3";
import { expect, it, onTestFinished } from "vitest";
import { openDatabase, type DatabaseConfig } from "@/lib/db/connect";
import { createLedger } from "@/lib/ledger/ledger";
import { freshConfig, freshDatabaseForTest } from "./databases";
import { findBin } from "./throwaway-postgres";

const run = promisify(execFile);

/**
 * The backups docs/deploy.md describes, taken while PINs are being written: the restored database
 * holds every write committed before the backup began, and nothing half-written.
 */
async function writesDuring<T>(config: DatabaseConfig, backup: () => Promise<T>) {
  const { db } = { db: openDatabase(config) };
  onTestFinished(() => db.destroy());
  const ledger = createLedger(db);
  const insert = (n: number) => ledger.insert({ accountId: "acct", lockId: 1, authId: null, desired: null, status: "pending" }).then((r) => ({ n, id: r.id }));
  const before = await Promise.all(Array.from({ length: 20 }, (_, n) => insert(n)));
  let writing = true;
  const during: string[] = [];
  const writer = (async () => {
    for (let n = 0; writing; n++) {
      during.push((await insert(1000 + n)).id);
      // SQLite answers without leaving the microtask queue: let the backup's own I/O run.
      await new Promise((r) => setImmediate(r));
    }
  })();
  await new Promise((r) => setTimeout(r, 20));
  await backup();
  writing = false;
  await writer;
  return { before: before.map((b) => b.id), during };
}

it("backs up the SQLite file with the online backup while writes go on, and restores it whole", async () => {
  const { config } = await freshDatabaseForTest("sqlite");
  const file = (config as { file: string }).file;
  const target = path.join(mkdtempSync(path.join(tmpdir(), "keyhost-backup-")), "backup.sqlite");
  const { before, during } = await writesDuring(config, async () => {
    // One read transaction copies a consistent snapshot while the app's connection keeps writing.
    const source = new SQLite(file);
    source.prepare("VACUUM INTO ?").run(target);
    source.close();
  });
  const restored = openDatabase({ kind: "sqlite", file: target });
  onTestFinished(() => restored.destroy());
  const ids = new Set((await restored.selectFrom("pins").select("id").execute()).map((r) => r.id));
  for (const id of before) expect(ids.has(id)).toBe(true);
  // Whatever else is in it is a whole, committed write from during the backup.
  for (const id of ids) expect(before.includes(id) || during.includes(id)).toBe(true);
  expect(during.length).toBeGreaterThan(0);
});

it("backs PostgreSQL up with pg_dump while writes go on, and pg_restore brings every committed write back", async () => {
  const { config } = await freshDatabaseForTest("postgres");
  const url = (config as { url: string }).url;
  const dump = path.join(mkdtempSync(path.join(tmpdir(), "keyhost-backup-")), "keyhost.dump");
  const { before, during } = await writesDuring(config, () => run(findBin("pg_dump"), ["--format=custom", `--file=${dump}`, url]));
  const target = await freshConfig("postgres");
  await run(findBin("pg_restore"), ["--no-owner", `--dbname=${(target as { url: string }).url}`, dump]);
  const restored = openDatabase(target);
  onTestFinished(() => restored.destroy());
  const ids = new Set((await restored.selectFrom("pins").select("id").execute()).map((r) => r.id));
  for (const id of before) expect(ids.has(id)).toBe(true);
  for (const id of ids) expect(before.includes(id) || during.includes(id)).toBe(true);
  expect(await restored.selectFrom("kysely_migration" as never).selectAll().execute()).not.toHaveLength(0);
});
