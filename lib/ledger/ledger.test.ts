import { describe, expect, it, onTestFinished } from "vitest";
import { migrate, openDatabase } from "@/lib/db/connect";
import type { PinState } from "@/lib/pins/schema";
import { DATABASES, freshDatabase, freshDatabaseForTest } from "@/test/databases";
import { ANNA_STAY_PIN } from "@/test/pin-fixtures";
import { createLedger } from "./ledger";

const desired: PinState = ANNA_STAY_PIN;
const LOCK = 17952309874;

describe.each(DATABASES)("ledger on %s", (kind) => {
  it("keeps what the host wants with its status until it is gone, per account and lock", async () => {
    const { db } = await freshDatabaseForTest(kind);
    let clock = Date.parse("2026-11-23T10:00:00Z");
    const ledger = createLedger(db, () => clock);
    const pin = await ledger.insert({ accountId: "a", lockId: LOCK, authId: null, desired, status: "pending" });
    expect(await ledger.open("a", LOCK)).toEqual([pin]);
    expect(await ledger.open("b", LOCK)).toEqual([]);
    expect(await ledger.dueAccounts()).toEqual(["a"]);
    await ledger.update(pin.id, { status: "saved", authId: "c".repeat(24), nextCheckAt: clock + 60_000 });
    expect(await ledger.dueAccounts()).toEqual([]);
    await ledger.dueNow(LOCK);
    expect(await ledger.dueAccounts()).toEqual(["a"]);
    clock += 1000;
    await ledger.update(pin.id, { desired: null, status: "deleting" });
    expect(await ledger.get("a", LOCK, pin.id)).toMatchObject({ name: "Anna", desired: null, status: "deleting", authId: "c".repeat(24) });
    await ledger.update(pin.id, { status: "gone" });
    expect(await ledger.open("a")).toEqual([]);
  });

  it("lets one writer at a time hold a PIN, until it lets go or its lease runs out", async () => {
    const { db } = await freshDatabaseForTest(kind);
    let clock = Date.parse("2026-11-23T10:00:00Z");
    const ledger = createLedger(db, () => clock);
    const pin = await ledger.insert({ accountId: "a", lockId: LOCK, authId: null, desired, status: "pending" });
    expect(await ledger.claim(pin.id, "one", 30_000)).toBe(true);
    expect(await ledger.claim(pin.id, "two", 30_000)).toBe(false);
    // Two senders in one process (a request and the tick) share an owner: still one at a time.
    expect(await ledger.claim(pin.id, "one", 30_000)).toBe(false);
    await ledger.release(pin.id, "two");
    expect(await ledger.claim(pin.id, "two", 30_000)).toBe(false);
    clock += 31_000;
    expect(await ledger.claim(pin.id, "two", 30_000)).toBe(true);
    await ledger.release(pin.id, "two");
    expect(await ledger.claim(pin.id, "one", 30_000)).toBe(true);
  });

  it("records a timeline in order and the lock's activity newest first, with the PIN's name", async () => {
    const { db } = await freshDatabaseForTest(kind);
    const ledger = createLedger(db, () => Date.parse("2026-11-23T10:00:00Z"));
    const pin = await ledger.insert({ accountId: "a", lockId: LOCK, authId: null, desired, status: "pending" });
    const base = { pinId: pin.id, accountId: "a", lockId: LOCK };
    await ledger.event({ ...base, type: "requested", actor: "Ana", action: "create" });
    await ledger.event({ ...base, type: "attempt", action: "create", httpStatus: 204 });
    await ledger.event({ ...base, type: "confirmed" });
    expect((await ledger.history("a", pin.id)).map((e) => e.type)).toEqual(["requested", "attempt", "confirmed"]);
    expect(await ledger.history("b", pin.id)).toEqual([]);
    const activity = await ledger.activity("a", LOCK, 2);
    expect(activity.map((e) => [e.type, e.pinName, e.httpStatus])).toEqual([["confirmed", "Anna", null], ["attempt", "Anna", 204]]);
  });

  it("saves one lock setting without touching the other, and lists the locks with automatic clean-up", async () => {
    const { db } = await freshDatabaseForTest(kind);
    const ledger = createLedger(db);
    await ledger.saveSettings("a", LOCK, { autoRepair: true });
    await ledger.saveSettings("a", LOCK, { cleanupAfterDays: 3 });
    expect(await ledger.settings("a", LOCK)).toEqual({ autoRepair: true });
    expect(await ledger.cleanupAfterDays("a", LOCK)).toBe(3);
    await ledger.saveSettings("b", LOCK, { cleanupAfterDays: 0 });
    await ledger.saveSettings("b", LOCK, { autoRepair: false });
    expect(await ledger.cleanupAfterDays("b", LOCK)).toBe(0);
    expect((await ledger.cleanupLocks()).sort((x, y) => x.accountId.localeCompare(y.accountId))).toEqual([
      { accountId: "a", lockId: LOCK, days: 3 },
      { accountId: "b", lockId: LOCK, days: 0 },
    ]);
    await ledger.saveSettings("a", LOCK, { cleanupAfterDays: null });
    expect(await ledger.cleanupAfterDays("a", LOCK)).toBeNull();
    expect(await ledger.settings("a", LOCK)).toEqual({ autoRepair: true });
    expect((await ledger.cleanupLocks()).map((l) => l.accountId)).toEqual(["b"]);
  });

  it("stores per-lock settings and survives a restart: a new connection sees the same records", async () => {
    const fresh = await freshDatabase(kind);
    const ledger = createLedger(fresh.db);
    expect(await ledger.settings("a", LOCK)).toEqual({ autoRepair: false });
    await ledger.saveSettings("a", LOCK, { autoRepair: true });
    await ledger.saveSettings("a", LOCK, { autoRepair: true });
    const pin = await ledger.insert({ accountId: "a", lockId: LOCK, authId: null, desired, status: "pending" });
    await fresh.db.destroy();
    const db = openDatabase(fresh.config);
    onTestFinished(() => db.destroy());
    await migrate(db);
    const again = createLedger(db);
    expect((await again.open("a")).map((p) => p.id)).toEqual([pin.id]);
    expect(await again.settings("a", LOCK)).toEqual({ autoRepair: true });
  });
});
