import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Kysely } from "kysely";
import { ApiError } from "@/lib/api/errors";
import type { Database } from "@/lib/db/schema";
import { createEngine } from "@/lib/engine/engine";
import { createLedger } from "@/lib/ledger/ledger";
import { createNukiClient } from "@/lib/nuki/client";
import { createProperty, deleteProperty } from "@/lib/properties/service";
import { createPropertyStore } from "@/lib/properties/store";
import { NukiSimulator } from "@/lib/simulator";
import { BASE, LOCKS, signIn } from "@/lib/simulator/test-support";
import { freshDatabase } from "@/test/databases";
import { cancelStay, createStay, getStay, updateStayDates, type StayContext } from "./service";
import { createStayStore } from "./store";

const DELAY = 2000;
let db: Kysely<Database>;

/** The real stay, PIN and engine code through the real Nuki client, against the simulator in-process. */
async function setup() {
  const sim = new NukiSimulator({ tokenTtlSeconds: 3600, propagationDelayMs: DELAY });
  const tokens = await signIn(sim);
  const fetchViaSimulator = (async (url: URL | string, init?: RequestInit) => sim.handle(new Request(url, init), "/sim")) as typeof fetch;
  const nuki = createNukiClient(tokens.access_token, { baseUrl: BASE, fetch: fetchViaSimulator });
  db = (await freshDatabase("sqlite")).db;
  const ledger = createLedger(db);
  const engine = createEngine({ ledger, owner: "test", nukiFor: async () => nuki, policy: { confirmWindowMs: 10_000, maxAttempts: 3, auditEveryMs: 5_000 } });
  const ctx: StayContext = { nuki, accountId: "acct", actor: "Ana", engine, ledger, properties: createPropertyStore(db), stays: createStayStore(db) };
  return { sim, ctx };
}

const later = async (ctx: StayContext, ms: number) => {
  vi.advanceTimersByTime(ms);
  await ctx.engine.tick();
};
const codesOn = (sim: NukiSimulator, lockId: number) => [...sim.data.auths.values()].filter((a) => a.smartlockId === lockId && a.type === 13);

beforeEach(() => vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-11-23T10:00:00Z") }));
afterEach(async () => {
  vi.useRealTimers();
  await db?.destroy();
});

describe("stays against the simulator", () => {
  it("puts one code, free on every door, on each door with a keypad; moves it; cancels it", async () => {
    const { sim, ctx } = await setup();
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

    await expect(deleteProperty(ctx, flat.id)).rejects.toMatchObject({ status: 409, code: "has_stays" });
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
    const { sim, ctx } = await setup();
    const writes = () => sim.requests.filter((r) => r.method !== "GET").length;
    const start = writes();
    await expect(createProperty(ctx, { name: "Theirs", lockIds: [LOCKS.berlin, LOCKS.otherAccount] })).rejects.toMatchObject({ status: 422, field: "lockIds.1" });
    const cottage = await createProperty(ctx, { name: "Cottage", lockIds: [LOCKS.auckland] });
    await expect(createStay(ctx, { guestName: "Ben", arrival: "2027-01-08", departure: "2027-01-10", propertyId: cottage.id })).rejects.toMatchObject({
      status: 422,
      code: "keypad_not_paired",
      field: "propertyId",
    });
    await expect(createStay(ctx, { guestName: "Ben", arrival: "2027-01-08", departure: "2027-01-10", propertyId: "0b5e3c1a-7f7e-4d55-9a55-2c1f1f0f7a11" })).rejects.toMatchObject({ field: "propertyId" });
    // 02:30 on 28 March 2027 does not exist in Berlin: the clocks jump from 02:00 to 03:00.
    const night = await createProperty(ctx, { name: "Night", lockIds: [LOCKS.berlin], checkInTime: "02:30" });
    const refused = createStay(ctx, { guestName: "Ben", arrival: "2027-03-28", departure: "2027-03-30", propertyId: night.id });
    await expect(refused).rejects.toBeInstanceOf(ApiError);
    await expect(refused).rejects.toMatchObject({ status: 422, field: "arrival" });
    expect(writes()).toBe(start);
    expect(await ctx.stays.list("acct")).toEqual([]);
  });

  it("will not move a stay whose PINs are not on the doors yet, nor a cancelled one", async () => {
    const { ctx } = await setup();
    const flat = await createProperty(ctx, { name: "Flat", lockIds: [LOCKS.berlin] });
    const stay = await createStay(ctx, { guestName: "Cy", arrival: "2027-01-08", departure: "2027-01-10", propertyId: flat.id });
    await expect(updateStayDates(ctx, stay.id, { departure: "2027-01-12" })).rejects.toMatchObject({ status: 409, code: "still_saving" });
    await later(ctx, DELAY + 1);
    await expect(updateStayDates(ctx, stay.id, { departure: "2027-01-08" })).rejects.toMatchObject({ status: 422, field: "departure" });
    await cancelStay(ctx, stay.id);
    await expect(updateStayDates(ctx, stay.id, { departure: "2027-01-12" })).rejects.toMatchObject({ status: 409, code: "cancelled" });
    await expect(getStay({ ...ctx, accountId: "someone-else" }, stay.id)).rejects.toMatchObject({ status: 404 });
  });
});
