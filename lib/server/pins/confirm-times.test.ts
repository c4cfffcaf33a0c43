import { describe, expect, it } from "vitest";
import { LOCKS } from "@/lib/simulator/test-support";
import { CONFIRM_STEPS_MS } from "@/lib/engine/schedule";
import { later, fakeDateInEachTest, simulatedContext, WINDOW } from "@/test/simulated-context";
import { createPin, deletePin, listPins, type PinContext } from "./service";

const BONDI = LOCKS.bondi;
const BERLIN = LOCKS.berlin;
/** The engine looks every 500 ms in the first seconds after a write: a measurement is at most one step late. */
const STEP = CONFIRM_STEPS_MS[0]!;

fakeDateInEachTest();

const pinOf = async (ctx: PinContext, lockId: number, id: string) => (await listPins(ctx, lockId)).find((p) => p.id === id);

/**
 * Lets time pass in 100 ms steps until the engine (not a page view) has seen the PIN saved or gone,
 * so what is measured is the engine's own polling.
 */
async function untilSettled(ctx: PinContext, lockId: number, id: string, limitMs = 20_000) {
  for (let waited = 0; waited < limitMs; waited += 100) {
    const record = await ctx.ledger.get("acct", lockId, id);
    if (!record || record.status === "saved" || record.status === "gone") return;
    await later(ctx, 100);
  }
  throw new Error("the write never settled");
}

async function timedWrites(ctx: PinContext, lockId: number, count: number) {
  for (let i = 0; i < count; i++) {
    const pin = await createPin(ctx, lockId, { name: `Timed ${i + 1}` });
    await untilSettled(ctx, lockId, pin.id);
  }
}

describe("measured confirm times against the simulator", () => {
  it("match each lock's propagation delay within the engine's polling step, for creates and deletes", { timeout: 30_000 }, async () => {
    const { sim, ctx } = await simulatedContext();
    sim.faults.configure({ smartlockId: BONDI, propagationDelayMs: 1300 });
    sim.faults.configure({ smartlockId: BERLIN, propagationDelayMs: 3200 });
    await timedWrites(ctx, BONDI, 3);
    await timedWrites(ctx, BERLIN, 3);

    const bondi = await ctx.engine.confirmTimes("acct", BONDI);
    const berlin = await ctx.engine.confirmTimes("acct", BERLIN);
    expect(bondi.writes).toBe(3);
    for (const figure of [bondi.medianMs!, bondi.p90Ms!]) {
      expect(figure).toBeGreaterThanOrEqual(1300);
      expect(figure).toBeLessThanOrEqual(1300 + STEP);
    }
    for (const figure of [berlin.medianMs!, berlin.p90Ms!]) {
      expect(figure).toBeGreaterThanOrEqual(3200);
      expect(figure).toBeLessThanOrEqual(3200 + STEP);
    }

    const doomed = (await listPins(ctx, BONDI)).find((p) => p.name === "Timed 1")!;
    await deletePin(ctx, BONDI, doomed.id);
    await untilSettled(ctx, BONDI, doomed.id);
    const after = await ctx.engine.confirmTimes("acct", BONDI);
    expect(after.writes).toBe(4);
    expect(after.p90Ms).toBeLessThanOrEqual(1300 + STEP);
  });

  it("flags a write slower than the lock's history as taking longer than usual, well before it fails", { timeout: 30_000 }, async () => {
    const { sim, ctx } = await simulatedContext();
    sim.faults.configure({ smartlockId: BONDI, propagationDelayMs: 1300 });
    await timedWrites(ctx, BONDI, 5);
    const history = await ctx.engine.confirmTimes("acct", BONDI);
    // Bondi's writes land within 1.3-1.8 s: slow 2 s after that, sooner than the default (half the 10 s window).
    expect(history.fromHistory).toBe(true);
    expect(history.p90Ms).toBeGreaterThanOrEqual(1300);
    expect(history.slowAfterMs).toBe(history.p90Ms! + 2000);
    expect(history.slowAfterMs).toBeLessThanOrEqual(1300 + STEP + 2000);
    expect((await ctx.engine.confirmTimes("acct", BERLIN)).slowAfterMs).toBe(WINDOW / 2);

    // Now Nuki takes a minute on both doors.
    sim.faults.configure({ smartlockId: BONDI, propagationDelayMs: 60_000 });
    sim.faults.configure({ smartlockId: BERLIN, propagationDelayMs: 60_000 });
    const slow = await createPin(ctx, BONDI, { name: "Slow Guest" });
    const fresh = await createPin(ctx, BERLIN, { name: "Slow Guest" });
    await later(ctx, history.slowAfterMs - 200);
    expect((await pinOf(ctx, BONDI, slow.id))?.write).toMatchObject({ slow: false });
    await later(ctx, 300);
    const flagged = await pinOf(ctx, BONDI, slow.id);
    expect(flagged).toMatchObject({ status: "pending", write: { slow: true }, statusReason: expect.stringMatching(/^Taking longer than usual\./) });
    // A lock with no history keeps the default bound.
    expect((await pinOf(ctx, BERLIN, fresh.id))?.write).toMatchObject({ slow: false });

    // It is given up only after every attempt's window: long after the flag.
    await later(ctx, WINDOW);
    expect(await pinOf(ctx, BONDI, slow.id)).toMatchObject({ status: "pending" });
    for (let i = 0; i < 4; i++) await later(ctx, WINDOW);
    expect(await pinOf(ctx, BONDI, slow.id)).toMatchObject({ status: "failed" });
  });
});
