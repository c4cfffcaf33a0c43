import { describe, expect, it, vi } from "vitest";
import type { NukiSimulator } from "@/lib/simulator";
import { LOCKS } from "@/lib/simulator/test-support";
import { DELAY, fakeDateInEachTest, later, simulatedContext } from "@/test/simulated-context";
import { cleanupAccount, cleanupLock } from "./cleanup";
import { translateIn } from "@/lib/i18n/translate";
import { cleanupSummary, expiredPins } from "@/lib/pins/cleanup-rules";
import { listPins } from "./service";

const simNames = (sim: NukiSimulator, lockId: number) => [...sim.data.auths.values()].filter((a) => a.smartlockId === lockId && a.type === 13).map((a) => a.name).sort();

fakeDateInEachTest();

describe("expiredPins", () => {
  const now = new Date("2026-11-23T10:00:00Z"); // 11:00 in Berlin
  const pins = [
    { id: "a", validUntil: "2026-11-23T11:00", status: "saved" as const },
    { id: "b", validUntil: "2026-11-23T11:01", status: "saved" as const },
    { id: "c", validUntil: "2026-11-20T11:00", status: "unmanaged" as const },
    { id: "d", validUntil: "2026-11-01T11:00", status: "deleting" as const },
    { id: "e", validUntil: null, status: "saved" as const },
  ];
  it("takes PINs whose window ended on the lock's clock, N days ago at least, not already being deleted", () => {
    expect(expiredPins(pins, now, "Europe/Berlin").map((p) => p.id)).toEqual(["a", "c"]);
    expect(expiredPins(pins, now, "Europe/Berlin", 3).map((p) => p.id)).toEqual(["c"]);
    expect(expiredPins(pins, now, "Europe/Berlin", 4).map((p) => p.id)).toEqual([]);
    expect(expiredPins(pins, now, "America/New_York").map((p) => p.id)).toEqual(["c"]); // 05:00 there
  });
});

describe("delete expired PINs", () => {
  it("deletes a lock's expired PINs through the ledger, adopting unmanaged ones, until the lock no longer has them", async () => {
    const { sim, ctx } = await simulatedContext();
    const result = await cleanupLock(ctx, LOCKS.berlin);
    expect(result.locks).toEqual([LOCKS.berlin]);
    expect(result.failed).toEqual([]);
    expect(result.deleting).toHaveLength(1);
    const deleting = (await listPins(ctx, LOCKS.berlin)).filter((p) => p.status === "deleting");
    expect(deleting.map((p) => p.name)).toEqual(["Sophie Martin"]);
    const history = await ctx.ledger.history("acct", deleting[0]!.id);
    expect(history.map((e) => [e.type, e.action])).toEqual([["adopted", "delete"], ["requested", "delete"], ["attempt", "delete"]]);
    await later(ctx, DELAY + 1);
    expect(simNames(sim, LOCKS.berlin)).not.toContain("Sophie Martin");
    expect((await listPins(ctx, LOCKS.berlin)).map((p) => p.name)).not.toContain("Sophie Martin");
    expect(await cleanupLock(ctx, LOCKS.berlin)).toEqual({ deleting: [], locks: [], failed: [] });
  });

  it("cleans every lock of the account at once, and only the locks given with their own delay", async () => {
    const { sim, ctx } = await simulatedContext();
    // Chloe's stay in Bondi ended 8 days ago at 11:00; it is 21:00 there now.
    expect((await cleanupAccount(ctx, new Date(), new Map([[LOCKS.bondi, 9]]))).locks).toEqual([]);
    const bondi = await cleanupAccount(ctx, new Date(), new Map([[LOCKS.bondi, 8]]));
    expect(bondi.locks).toEqual([LOCKS.bondi]);
    expect(bondi.deleting).toHaveLength(1);
    const all = await cleanupAccount(ctx);
    expect(all.locks.sort()).toEqual([LOCKS.berlin, LOCKS.brooklyn].sort());
    expect(all.deleting).toHaveLength(2);
    await later(ctx, DELAY + 1);
    expect(simNames(sim, LOCKS.bondi)).not.toContain("Chloe Nguyen");
    expect(simNames(sim, LOCKS.berlin)).not.toContain("Sophie Martin");
  });

  it("runs the automatic clean-up from the engine's background pass, at most once per interval", async () => {
    const run = vi.fn(async () => undefined);
    const { ctx } = await simulatedContext({ housekeeping: { everyMs: 60_000, accounts: async () => ["acct"], run } });
    await ctx.engine.tick();
    await ctx.engine.tick();
    expect(run).toHaveBeenCalledTimes(1);
    await later(ctx, 60_000);
    expect(run).toHaveBeenCalledTimes(2);
    expect(run).toHaveBeenLastCalledWith(ctx.nuki, "acct");
  });
});

describe("cleanupSummary", () => {
  it("counts PINs and locks for the confirmation", () => {
    const t = translateIn("en", "pins");
    expect(cleanupSummary([{}], t)).toBe("1 expired PIN");
    expect(cleanupSummary([{ lockId: 1 }, { lockId: 1 }], t)).toBe("2 expired PINs on 1 lock");
    expect(cleanupSummary([{ lockId: 1 }, { lockId: 2 }, { lockId: 2 }], t)).toBe("3 expired PINs on 2 locks");
    expect(cleanupSummary([{ lockId: 1 }, { lockId: 2 }, { lockId: 2 }], translateIn("de", "pins"))).toBe("3 abgelaufene PINs auf 2 Schlössern");
  });
});
