import { describe, expect, it, vi } from "vitest";
import { createProperty } from "@/lib/server/properties/service";
import type { NukiSimulator } from "@/lib/simulator";
import { BASE, LOCKS } from "@/lib/simulator/test-support";
import { DELAY, fakeDateInEachTest, simulatedContext } from "@/test/simulated-context";
import { createStay } from "./service";
import { getStayUsage, listStayUsage } from "./usage-service";

/** The simulated world, counting the log reads the Nuki client makes. */
async function setup() {
  const logReads: string[] = [];
  const { sim, ctx } = await simulatedContext({
    onFetch: (url) => {
      if (url.includes("/log")) logReads.push(url);
    },
  });
  return { sim, ctx, logReads };
}

const typeCode = (sim: NukiSimulator, lockId: number, code: string) => sim.handle(new Request(`${BASE}/_control/locks/${lockId}/keypad`, { method: "POST", body: JSON.stringify({ code: Number(code) }), headers: { "Content-Type": "application/json" } }), "/sim");

fakeDateInEachTest();

describe("stay usage against the simulator", () => {
  it("flags a guest who has not come in since check-in plus the delay, and shows first and last use across the doors once they have", async () => {
    const { sim, ctx, logReads } = await setup();
    const flat = await createProperty(ctx, { name: "Flat", lockIds: [LOCKS.berlin, LOCKS.berlinBuilding] });
    // Check-in yesterday 15:00 in Berlin (14:00 UTC), 20 hours ago; a later stay in January.
    const lena = await createStay(ctx, { guestName: "Lena Vogel", arrival: "2026-11-22", departure: "2026-11-24", propertyId: flat.id });
    const later = await createStay(ctx, { guestName: "Marta Kowalska", arrival: "2027-01-08", departure: "2027-01-10", propertyId: flat.id });
    vi.advanceTimersByTime(DELAY + 1);
    await ctx.engine.tick();

    expect(await getStayUsage(ctx, lena.id, 120)).toEqual({
      firstUsedAt: null, lastUsedAt: null, uses: 0, complete: true, checkInAt: "2026-11-22T14:00:00.000Z", noShow: true, zone: "Europe/Berlin",
    });
    expect(await getStayUsage(ctx, later.id, 120)).toMatchObject({ noShow: false, checkInAt: "2027-01-08T14:00:00.000Z" });
    // A delay longer than the time since check-in: not yet.
    expect((await getStayUsage(ctx, lena.id, 21 * 60)).noShow).toBe(false);

    expect((await (await typeCode(sim, LOCKS.berlinBuilding, lena.code)).json()).opened).toBe(true);
    const firstAt = new Date().toISOString();
    vi.advanceTimersByTime(30 * 60_000);
    await typeCode(sim, LOCKS.berlin, lena.code);
    const lastAt = new Date().toISOString();
    expect(await getStayUsage(ctx, lena.id, 120)).toMatchObject({ firstUsedAt: firstAt, lastUsedAt: lastAt, uses: 2, complete: true, noShow: false });

    // The list reads each lock's log once, and only for the stay that is on now.
    logReads.length = 0;
    const listed = await listStayUsage(ctx, await ctx.stays.list(ctx.accountId), 120);
    expect(Object.keys(listed)).toEqual([lena.id]);
    expect(listed[lena.id]).toMatchObject({ firstUsedAt: firstAt, lastUsedAt: lastAt, uses: 2, noShow: false });
    expect(logReads).toHaveLength(2);
    expect(logReads.every((url) => url.includes("fromDate=2026-11-22T14%3A00%3A00.000Z"))).toBe(true);
  });

  it("makes no log read at all when no stay is on now", async () => {
    const { ctx, logReads } = await setup();
    const flat = await createProperty(ctx, { name: "Flat", lockIds: [LOCKS.berlin] });
    await createStay(ctx, { guestName: "Marta Kowalska", arrival: "2027-01-08", departure: "2027-01-10", propertyId: flat.id });
    expect(await listStayUsage(ctx, await ctx.stays.list(ctx.accountId), 120)).toEqual({});
    expect(logReads).toEqual([]);
  });

  it("reads no doors, ledger records or locks for stays that are over or still to come", async () => {
    const { ctx } = await setup();
    const flat = await createProperty(ctx, { name: "Flat", lockIds: [LOCKS.berlin] });
    await createStay(ctx, { guestName: "Jonas Berg", arrival: "2026-11-18", departure: "2026-11-20", propertyId: flat.id });
    await createStay(ctx, { guestName: "Marta Kowalska", arrival: "2027-01-08", departure: "2027-01-10", propertyId: flat.id });
    const stays = await ctx.stays.list(ctx.accountId);
    const doors = vi.spyOn(ctx.stays, "doors");
    const records = vi.spyOn(ctx.ledger, "get");
    const locks = vi.spyOn(ctx.nuki, "listLocks");
    expect(await listStayUsage(ctx, stays, 120)).toEqual({});
    expect([doors.mock.calls.length, records.mock.calls.length, locks.mock.calls.length]).toEqual([0, 0, 0]);
  });
});
