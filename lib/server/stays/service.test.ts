import { describe, expect, it, vi } from "vitest";
import { DomainError } from "@/lib/errors/domain-error";
import { createProperty, deleteProperty } from "@/lib/server/properties/service";
import type { NukiSimulator } from "@/lib/simulator";
import { LOCKS } from "@/lib/simulator/test-support";
import { DELAY, fakeDateInEachTest, later, simulatedContext, WINDOW } from "@/test/simulated-context";
import { cancelStay, createStay, getStay, updateStayDates } from "./service";

const codesOn = (sim: NukiSimulator, lockId: number) => [...sim.data.auths.values()].filter((a) => a.smartlockId === lockId && a.type === 13);
/** Keypad-code creates Keyhost sent to a lock, with the status Nuki answered. */
const createsOn = (sim: NukiSimulator, lockId: number) => sim.requests.filter((r) => r.method === "PUT" && r.path === `/smartlock/${lockId}/auth` && !r.origin).map((r) => r.status);
/** Reads Keyhost made of Nuki so far. */
const reads = (sim: NukiSimulator) => sim.requests.filter((r) => r.method === "GET" && !r.origin).length;
const DOORS = [LOCKS.berlin, LOCKS.berlinBuilding];

fakeDateInEachTest();

describe("stays against the simulator", () => {
  it("records every door's PIN before sending any: a server stopped while sending leaves the engine to put the code on each door once", async () => {
    const { sim, ctx, restart } = await simulatedContext();
    const flat = await createProperty(ctx, { name: "Flat", lockIds: DOORS });
    // The process dies as it sends the first door's PIN: the send never returns, nothing of it runs after.
    let sending = false;
    const dying = { ...ctx, engine: { ...ctx.engine, send: () => {
      sending = true;
      return new Promise<never>(() => undefined);
    } } };
    void createStay(dying, { guestName: "Cut Off", arrival: "2027-01-08", departure: "2027-01-10", propertyId: flat.id });
    await vi.waitFor(() => expect(sending).toBe(true));
    for (const lockId of DOORS) expect(createsOn(sim, lockId)).toEqual([]);

    const next = restart();
    const [stay] = await next.stays.list("acct", flat.id);
    expect((await next.stays.doors(stay!.id)).map((row) => [row.lockId, Boolean(row.pinId)])).toEqual(DOORS.map((id) => [id, true]));
    await later(next, WINDOW);
    await later(next, DELAY + 1);
    for (const lockId of DOORS) {
      expect(codesOn(sim, lockId).filter((a) => String(a.code).padStart(6, "0") === stay!.code)).toHaveLength(1);
      expect(createsOn(sim, lockId)).toHaveLength(1);
    }
    expect((await getStay(next, stay!.id)).doors.map((d) => d.status)).toEqual(["saved", "saved"]);
  });

  it("puts one code, free on every door, on each door with a keypad; moves it; cancels it", async () => {
    const { sim, ctx } = await simulatedContext();
    const before = new Set([...codesOn(sim, LOCKS.berlin), ...codesOn(sim, LOCKS.berlinBuilding)].map((a) => String(a.code)));
    const flat = await createProperty(ctx, { name: "Flat", lockIds: [LOCKS.berlin, LOCKS.berlinBuilding, LOCKS.auckland], lateMinutes: 30 });
    const stay = await createStay(ctx, { guestName: "Anna Schmidt", arrival: "2027-01-08", departure: "2027-01-10", propertyId: flat.id });
    expect(before.has(stay.code)).toBe(false);
    expect(stay.doors.map((d) => [d.lockName, d.status])).toEqual([
      ["Berlin Apartment", "pending"],
      ["Berlin Building Door", "pending"],
      ["Auckland Cottage", "no_keypad"],
    ]);

    await later(ctx, DELAY + 1);
    const saved = await getStay(ctx, stay.id);
    expect(saved.doors.slice(0, 2).map((d) => [d.status, d.validFrom, d.validUntil, d.timeZone])).toEqual([
      ["saved", "2027-01-08T15:00", "2027-01-10T11:30", "Europe/Berlin"],
      ["saved", "2027-01-08T15:00", "2027-01-10T11:30", "Europe/Berlin"],
    ]);
    for (const lockId of [LOCKS.berlin, LOCKS.berlinBuilding]) {
      expect(codesOn(sim, lockId).find((a) => a.name === "Anna Schmidt 8 Jan")).toMatchObject({
        code: Number(stay.code),
        allowedFromDate: "2027-01-08T14:00:00.000Z",
        allowedUntilDate: "2027-01-10T10:30:00.000Z",
      });
    }

    await updateStayDates(ctx, stay.id, { arrival: "2027-01-09", departure: "2027-01-11" });
    await later(ctx, DELAY + 1);
    const moved = await getStay(ctx, stay.id);
    expect(moved).toMatchObject({ arrival: "2027-01-09", departure: "2027-01-11" });
    expect(moved.doors.slice(0, 2).map((d) => [d.status, d.validFrom])).toEqual([["saved", "2027-01-09T15:00"], ["saved", "2027-01-09T15:00"]]);
    expect(codesOn(sim, LOCKS.berlinBuilding).find((a) => a.name === "Anna Schmidt 9 Jan")).toMatchObject({ allowedFromDate: "2027-01-09T14:00:00.000Z" });

    await expect(deleteProperty(ctx, flat.id)).rejects.toMatchObject({ code: "has_stays" });
    await cancelStay(ctx, stay.id);
    await later(ctx, DELAY + 1);
    await later(ctx, DELAY + 1);
    const cancelled = await getStay(ctx, stay.id);
    expect(cancelled.status).toBe("cancelled");
    expect(cancelled.doors.slice(0, 2).map((d) => d.status)).toEqual(["gone", "gone"]);
    expect(codesOn(sim, LOCKS.berlin).some((a) => String(a.code) === stay.code)).toBe(false);
    await deleteProperty(ctx, flat.id);
  });

  it("refuses what cannot work, naming the field, before anything reaches a lock", async () => {
    const { sim, ctx } = await simulatedContext();
    const writes = () => sim.requests.filter((r) => r.method !== "GET").length;
    const start = writes();
    await expect(createProperty(ctx, { name: "Theirs", lockIds: [LOCKS.berlin, LOCKS.otherAccount] })).rejects.toMatchObject({ code: "invalid_input", field: "lockIds.1" });
    const cottage = await createProperty(ctx, { name: "Cottage", lockIds: [LOCKS.auckland] });
    await expect(createStay(ctx, { guestName: "Ben", arrival: "2027-01-08", departure: "2027-01-10", propertyId: cottage.id })).rejects.toMatchObject({
      code: "keypad_not_paired",
      field: "propertyId",
    });
    await expect(createStay(ctx, { guestName: "Ben", arrival: "2027-01-08", departure: "2027-01-10", propertyId: "0b5e3c1a-7f7e-4d55-9a55-2c1f1f0f7a11" })).rejects.toMatchObject({ field: "propertyId" });
    // 02:30 on 28 March 2027 does not exist in Berlin: the clocks jump from 02:00 to 03:00.
    const night = await createProperty(ctx, { name: "Night", lockIds: [LOCKS.berlin], checkInTime: "02:30" });
    const refused = createStay(ctx, { guestName: "Ben", arrival: "2027-03-28", departure: "2027-03-30", propertyId: night.id });
    await expect(refused).rejects.toBeInstanceOf(DomainError);
    await expect(refused).rejects.toMatchObject({ code: "invalid_input", field: "arrival" });
    expect(writes()).toBe(start);
    expect(await ctx.stays.list("acct")).toEqual([]);
  });

  it("will not move a stay whose PINs are not on the doors yet, nor a cancelled one", async () => {
    const { ctx } = await simulatedContext();
    const flat = await createProperty(ctx, { name: "Flat", lockIds: [LOCKS.berlin] });
    const stay = await createStay(ctx, { guestName: "Cy", arrival: "2027-01-08", departure: "2027-01-10", propertyId: flat.id });
    await expect(updateStayDates(ctx, stay.id, { departure: "2027-01-12" })).rejects.toMatchObject({ code: "still_saving" });
    await later(ctx, DELAY + 1);
    await expect(updateStayDates(ctx, stay.id, { departure: "2027-01-08" })).rejects.toMatchObject({ code: "invalid_input", field: "departure" });
    await cancelStay(ctx, stay.id);
    await expect(updateStayDates(ctx, stay.id, { departure: "2027-01-12" })).rejects.toMatchObject({ code: "cancelled" });
    await expect(getStay({ ...ctx, accountId: "someone-else" }, stay.id)).rejects.toMatchObject({ code: "not_found" });
  });

  it("keeps a stay when one door's Nuki fails its writes: that door's PIN is retried, not refused, and lands once", async () => {
    const { sim, ctx } = await simulatedContext();
    const flat = await createProperty(ctx, { name: "Flat", lockIds: DOORS });
    sim.setFaults({ smartlockId: LOCKS.berlinBuilding, rate500: 1 });
    const stay = await createStay(ctx, { guestName: "Dora", arrival: "2027-01-08", departure: "2027-01-10", propertyId: flat.id });
    expect(stay.doors.map((d) => [d.lockName, d.status])).toEqual([["Berlin Apartment", "pending"], ["Berlin Building Door", "pending"]]);
    expect(stay.doors[1]?.statusReason).toMatch(/trying again/);

    await later(ctx, DELAY + 1);
    const meanwhile = await getStay(ctx, stay.id);
    expect(meanwhile.doors.map((d) => d.status)).toEqual(["saved", "pending"]);
    expect(createsOn(sim, LOCKS.berlinBuilding)).toEqual([500, 500]);
    expect(codesOn(sim, LOCKS.berlinBuilding).some((a) => String(a.code) === stay.code)).toBe(false);

    sim.clearFaults(LOCKS.berlinBuilding);
    await later(ctx, 2_001);
    await later(ctx, DELAY + 1);
    const saved = await getStay(ctx, stay.id);
    expect(saved.doors.map((d) => [d.status, d.validFrom])).toEqual([["saved", "2027-01-08T15:00"], ["saved", "2027-01-08T15:00"]]);
    expect(createsOn(sim, LOCKS.berlinBuilding)).toEqual([500, 500, 204]);
    expect(createsOn(sim, LOCKS.berlin)).toEqual([204]);
    for (const lockId of DOORS) expect(codesOn(sim, lockId).filter((a) => String(a.code) === stay.code)).toHaveLength(1);
  });

  it("drops a stay whose code every door's Nuki refuses, but keeps one whose doors Nuki cannot be reached for", async () => {
    // The same code typed in the Nuki app for each door just as Keyhost sends it: Nuki answers 409.
    let race: ((url: string, init?: RequestInit) => void) | undefined;
    const { sim, ctx } = await simulatedContext({ onFetch: (url, init) => race?.(url, init) });
    race = (url, init) => {
      const lockId = /\/smartlock\/(\d+)\/auth$/.exec(url)?.[1];
      if (init?.method === "PUT" && lockId) sim.appCreateAuth(Number(lockId), { name: "Neighbour", code: (JSON.parse(String(init.body)) as { code: number }).code });
    };
    const flat = await createProperty(ctx, { name: "Flat", lockIds: DOORS });
    const refused = createStay(ctx, { guestName: "Eve", arrival: "2027-01-08", departure: "2027-01-10", propertyId: flat.id });
    await expect(refused).rejects.toBeInstanceOf(DomainError);
    await expect(refused).rejects.toMatchObject({ code: "code_taken", field: "code" });
    expect(await ctx.stays.list("acct")).toEqual([]);
    for (const lockId of DOORS) {
      expect(createsOn(sim, lockId)).toEqual([409]);
      expect((await ctx.ledger.open("acct", lockId)).length).toBe(0);
    }

    // No answer (a 500 on one door, a timeout on the other) is no refusal: the stay is kept and the engine retries.
    race = undefined;
    sim.setFaults({ smartlockId: LOCKS.berlin, rate500: 1 });
    sim.setFaults({ smartlockId: LOCKS.berlinBuilding, rateTimeout: 1, timeoutMs: 5, timeoutAppliesWrite: 0 });
    const stay = await createStay(ctx, { guestName: "Finn", arrival: "2027-01-08", departure: "2027-01-10", propertyId: flat.id });
    expect(stay.doors.map((d) => d.status)).toEqual(["pending", "pending"]);
    expect((await ctx.stays.list("acct")).map((s) => s.id)).toEqual([stay.id]);
    expect(createsOn(sim, LOCKS.berlin)).toEqual([409, 500]);
    expect(createsOn(sim, LOCKS.berlinBuilding)).toEqual([409, 504]);

    sim.clearFaults();
    await later(ctx, WINDOW + 1);
    await later(ctx, DELAY + 1);
    expect((await getStay(ctx, stay.id)).doors.map((d) => d.status)).toEqual(["saved", "saved"]);
    for (const lockId of DOORS) expect(codesOn(sim, lockId).filter((a) => String(a.code) === stay.code)).toHaveLength(1);
  });

  it("reads each door's lock once for a stay, not again for every door's write", async () => {
    const { sim, ctx } = await simulatedContext();
    const flat = await createProperty(ctx, { name: "Flat", lockIds: DOORS });
    let start = reads(sim);
    const stay = await createStay(ctx, { guestName: "Gus", arrival: "2027-01-08", departure: "2027-01-10", propertyId: flat.id });
    // The account's locks and codes before the writes, and again for the stay's answer.
    expect(reads(sim) - start).toBe(4);

    await later(ctx, DELAY + 1);
    start = reads(sim);
    await updateStayDates(ctx, stay.id, { departure: "2027-01-11" });
    expect(reads(sim) - start).toBe(4);

    start = reads(sim);
    await cancelStay(ctx, stay.id);
    expect(reads(sim) - start).toBe(2);
  });
});
