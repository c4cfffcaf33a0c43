import { describe, expect, it } from "vitest";
import { createProperty } from "@/lib/server/properties/service";
import type { NukiSimulator } from "@/lib/simulator";
import { LOCKS } from "@/lib/simulator/test-support";
import type { StayContext } from "@/lib/server/stays/service";
import { DELAY, fakeDateInEachTest, later, simulatedContext } from "@/test/simulated-context";
import { createFeedStore } from "./feed-store";
import { createCalendarRunner } from "./runner";
import { syncFeed, type CalendarContext } from "./sync";

fakeDateInEachTest(); // 2026-11-23T10:00Z, 11:00 in Berlin

/** Inside the lead time: the first sync puts the code on both Berlin doors. */
const ICS = ["BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "UID:soon@airbnb.com", "DTSTART;VALUE=DATE:20261125", "DTEND;VALUE=DATE:20261128", "SUMMARY:Reserved - Lena V", "END:VEVENT", "END:VCALENDAR"].join("\r\n");
const DOORS = [LOCKS.berlin, LOCKS.berlinBuilding];

class Stopped extends Error {}

const codesOn = (sim: NukiSimulator, lockId: number, code: string) => [...sim.data.auths.values()].filter((a) => a.smartlockId === lockId && a.type === 13 && String(a.code) === code);
const creates = (sim: NukiSimulator) => sim.requests.filter((r) => r.method === "PUT" && /\/smartlock\/\d+\/auth$/.test(r.path) && !r.origin).length;

async function world() {
  const { sim, db, ctx: base, restart } = await simulatedContext({ tokenTtlSeconds: 60 * 86_400 });
  const extend = (c: StayContext): CalendarContext => ({
    ...c, feeds: createFeedStore(db), fetchFeed: async () => ({ status: "ok", body: ICS, etag: null, lastModified: null }), now: Date.now, everyMs: 15 * 60_000, allowLoopback: false,
  });
  const ctx = extend(base);
  const flat = await createProperty(ctx, { name: "Flat", lockIds: DOORS });
  const feed = await ctx.feeds.create("acct", { propertyId: flat.id, label: "Airbnb", url: "https://www.airbnb.com/calendar/ical/1.ics", everyEventIsBooking: false });
  return { sim, db, ctx, flat, feed, restart: () => extend(restart()) };
}

/**
 * The process stops right after the first door: `recorded` once the stay has noted that door's PIN,
 * otherwise after the ledger recorded the PIN but before the stay noted it. Every door's PIN is
 * recorded before any is sent, so nothing has gone to Nuki yet. Nothing of the process runs after.
 */
function stoppingAfterFirstDoor(ctx: CalendarContext, recorded: boolean): CalendarContext {
  let stopped = false;
  const setDoor: CalendarContext["stays"]["setDoor"] = async (stayId, door) => {
    if (stopped) throw new Stopped("stopped");
    stopped = true;
    if (recorded) await ctx.stays.setDoor(stayId, door);
    throw new Stopped("stopped");
  };
  return { ...ctx, stays: { ...ctx.stays, setDoor } };
}

async function expectFinished(sim: NukiSimulator, next: CalendarContext, flatId: string) {
  await later(next, DELAY + 1);
  await later(next, DELAY + 1);
  const stays = await next.stays.list("acct", flatId);
  expect(stays.map((s) => [s.guestName, s.status, s.notice])).toEqual([["Lena V", "active", null]]);
  const stay = stays[0]!;
  const rows = await next.stays.doors(stay.id);
  expect(rows.map((r) => [r.lockId, Boolean(r.pinId), r.problem]).sort()).toEqual(DOORS.map((id) => [id, true, null]).sort());
  // Exactly one PIN with the guest's code on each door, and one write each: nothing twice.
  for (const lockId of DOORS) expect(codesOn(sim, lockId, stay.code)).toHaveLength(1);
  expect(creates(sim)).toBe(2);
  return stay;
}

describe("a restart while a stay's code is being put on its doors", () => {
  it("finishes at the next sync after stopping once the first door was recorded", async () => {
    const { sim, ctx, flat, feed, restart } = await world();
    await expect(syncFeed(stoppingAfterFirstDoor(ctx, true), feed.id)).rejects.toBeInstanceOf(Stopped);
    const [half] = await ctx.stays.list("acct", flat.id);
    expect(half?.status).toBe("scheduled");
    expect(creates(sim)).toBe(0);

    const next = restart();
    await syncFeed(next, feed.id);
    const stay = await expectFinished(sim, next, flat.id);
    expect(stay.code).toBe(half!.code);
    // And later passes leave it so.
    await syncFeed(next, feed.id);
    await later(next, DELAY + 1);
    expect(creates(sim)).toBe(2);
  });

  it("finishes at the runner's next pass after stopping between the ledger's record and the stay's, without a second PIN", async () => {
    const { sim, db, ctx, flat, feed, restart } = await world();
    await expect(syncFeed(stoppingAfterFirstDoor(ctx, false), feed.id)).rejects.toBeInstanceOf(Stopped);
    const [half] = await ctx.stays.list("acct", flat.id);
    expect(await ctx.stays.doors(half!.id)).toEqual([]);
    expect(creates(sim)).toBe(0);

    const next = restart();
    const runner = createCalendarRunner({ db, engine: next.engine, ledger: next.ledger, nukiFor: async () => next.nuki, allowLoopback: false, everyMs: 15 * 60_000, fetchFeed: next.fetchFeed });
    await runner.tick();
    const stay = await expectFinished(sim, next, flat.id);
    // The PIN already recorded is the stay's own: its code is kept, and the guest is not told it changed.
    expect(stay.code).toBe(half!.code);
    await runner.tick();
    await later(next, DELAY + 1);
    expect(creates(sim)).toBe(2);
  });
});
