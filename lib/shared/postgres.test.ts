import { sql } from "kysely";
import { describe, expect, it, onTestFinished } from "vitest";
import { migrate, openDatabase } from "@/lib/db/connect";
import { createAccountLeases } from "@/lib/engine/account-leases";
import { createSharedReplayGuard } from "@/lib/webhooks/shared-replay";
import { freshConfig, freshDatabaseForTest } from "@/test/databases";
import { postgresDeliveryLog, postgresInvalidationBus, postgresLimiter } from "./postgres";

/** Two app instances are two connection pools on one database; each test opens its own. */
async function twoInstances() {
  const { db, config } = await freshDatabaseForTest("postgres");
  const other = openDatabase(config);
  onTestFinished(() => other.destroy());
  return { a: db, b: other, url: (config as { url: string }).url };
}

const until = async (check: () => boolean, ms = 5_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe("state shared by instances through PostgreSQL", () => {
  it("counts one sign-in's writes on two instances against one budget, and each sign-in on its own", async () => {
    const { a, b } = await twoInstances();
    const rule = { perMinute: 6, burst: 4 };
    const [one, two] = [postgresLimiter(a, "writes", rule), postgresLimiter(b, "writes", rule)];
    const verdicts = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? one : two).take("grant-1")));
    expect(verdicts.filter((v) => v.ok)).toHaveLength(4);
    const refused = verdicts.find((v) => !v.ok);
    // 6 a minute: one comes back after 10 s.
    expect(refused).toMatchObject({ ok: false });
    expect(refused && !refused.ok && refused.retryAfterSeconds).toBeGreaterThanOrEqual(9);
    expect(await two.take("grant-2")).toEqual({ ok: true });
    // Another scope (generated codes) is another budget.
    expect(await postgresLimiter(b, "generated-codes", rule).take("grant-1")).toEqual({ ok: true });
  });

  it("refuses a webhook delivery replayed to the other instance, and takes it again once released", async () => {
    const { a, b } = await twoInstances();
    const [first, second] = [createSharedReplayGuard(postgresDeliveryLog(a)), createSharedReplayGuard(postgresDeliveryLog(b))];
    const body = JSON.stringify({ feature: "DEVICE_STATUS", smartlockId: 1, timestamp: new Date().toISOString() });
    const both = await Promise.all([first.claim(body, JSON.parse(body)), second.claim(body, JSON.parse(body))]);
    expect(both.filter((v) => !v.replay)).toHaveLength(1);
    expect(await second.claim(body, JSON.parse(body))).toEqual({ replay: true, reason: "duplicate" });
    await first.release(body);
    expect(await second.claim(body, JSON.parse(body))).toEqual({ replay: false });
    const old = JSON.stringify({ feature: "DEVICE_STATUS", timestamp: new Date(Date.now() - 3_600_000).toISOString() });
    expect(await first.claim(old, JSON.parse(old))).toEqual({ replay: true, reason: "stale" });
  });

  it("tells every other instance, not itself, that an account's reads are out of date", async () => {
    const { a, b, url } = await twoInstances();
    const [busA, busB] = [postgresInvalidationBus(a, url), postgresInvalidationBus(b, url)];
    onTestFinished(async () => void (await Promise.all([busA.close(), busB.close()])));
    const heardA: string[] = [];
    const heardB: string[] = [];
    busA.subscribe((account) => heardA.push(account));
    busB.subscribe((account) => heardB.push(account));
    await until(() => busA.live() && busB.live());
    await busA.publish("acct-1");
    await until(() => heardB.includes("acct-1"));
    await new Promise((r) => setTimeout(r, 100));
    expect(heardA.filter((x) => x !== "*")).toEqual([]);
  });

  it("migrates an empty database once when several instances start together", async () => {
    const config = await freshConfig("postgres");
    const instances = Array.from({ length: 4 }, () => openDatabase(config));
    onTestFinished(async () => void (await Promise.all(instances.map((db) => db.destroy()))));
    await Promise.all(instances.map((db) => migrate(db)));
    const applied = await sql<{ name: string; n: string }>`select name, count(*) as n from kysely_migration group by name`.execute(instances[0]!);
    expect(applied.rows.length).toBeGreaterThanOrEqual(4);
    expect(applied.rows.every((r) => Number(r.n) === 1)).toBe(true);
    expect(applied.rows.map((r) => r.name)).toContain("0006_shared_state");
  });

  it("gives each account's due PINs to one instance's engine until its lease runs out", async () => {
    const { a, b } = await twoInstances();
    let now = Date.parse("2026-11-23T10:00:00Z");
    const clock = () => now;
    const first = createAccountLeases(a, "instance-1", 15_000, clock);
    const second = createAccountLeases(b, "instance-2", 15_000, clock);
    const [got1, got2] = await Promise.all([first.take(["acct-1", "acct-2"]), second.take(["acct-1", "acct-2"])]);
    expect([...got1, ...got2].sort()).toEqual(["acct-1", "acct-2"]);
    const holder = got1.includes("acct-1") ? first : second;
    const waiting = holder === first ? second : first;
    now += 10_000;
    expect(await holder.take(["acct-1"])).toEqual(["acct-1"]);
    expect(await waiting.take(["acct-1"])).toEqual([]);
    // The holder dies: it renews no more, and after the lease the other instance carries on.
    now += 15_001;
    expect(await waiting.take(["acct-1"])).toEqual(["acct-1"]);
  });
});
