import { describe, expect, it } from "vitest";
import { createLedger } from "@/lib/ledger/ledger";
import { DATABASES, freshDatabaseForTest } from "@/test/databases";
import { createCleanupSettings } from "./cleanup-settings";

const LOCK = 17923456781;

describe.each(DATABASES)("clean-up settings on %s", (kind) => {
  it("keeps the delay per account and lock next to auto-repair, without either overwriting the other", async () => {
    const { db } = await freshDatabaseForTest(kind);
    const cleanup = createCleanupSettings(db);
    const ledger = createLedger(db);
    expect(await cleanup.get("a", LOCK)).toBeNull();
    await cleanup.save("a", LOCK, 3);
    await ledger.saveSettings("a", LOCK, { autoRepair: true });
    expect(await cleanup.get("a", LOCK)).toBe(3);
    expect(await ledger.settings("a", LOCK)).toEqual({ autoRepair: true });
    await ledger.saveSettings("b", LOCK, { autoRepair: true });
    await cleanup.save("b", LOCK, 0);
    expect(await ledger.settings("b", LOCK)).toEqual({ autoRepair: true });
    expect((await cleanup.enabled()).sort((x, y) => x.accountId.localeCompare(y.accountId))).toEqual([
      { accountId: "a", lockId: LOCK, days: 3 },
      { accountId: "b", lockId: LOCK, days: 0 },
    ]);
    await cleanup.save("a", LOCK, null);
    expect(await cleanup.get("a", LOCK)).toBeNull();
    expect((await cleanup.enabled()).map((l) => l.accountId)).toEqual(["b"]);
  });
});
