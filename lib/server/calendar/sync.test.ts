import { describe, expect, it, vi } from "vitest";
import { createProperty } from "@/lib/server/properties/service";
import { createPin } from "@/lib/server/pins/service";
import type { NukiSimulator } from "@/lib/simulator";
import { LOCKS } from "@/lib/simulator/test-support";
import { getStay } from "@/lib/server/stays/service";
import { DELAY, fakeDateInEachTest, later, simulatedContext } from "@/test/simulated-context";
import { FeedError } from "@/lib/calendar/errors";
import { storedText } from "@/lib/i18n/stored-text";
import { translateIn } from "@/lib/i18n/translate";
import { createFeedStore } from "./feed-store";
import type { FetchResult } from "./fetch";
import { syncFeed, type CalendarContext } from "./sync";

const english = { calendar: translateIn("en", "calendar") };

fakeDateInEachTest(); // 2026-11-23T10:00Z, 11:00 in Berlin

const codesOn = (sim: NukiSimulator, lockId: number) => [...sim.data.auths.values()].filter((a) => a.smartlockId === lockId && a.type === 13);
const creates = (sim: NukiSimulator) => sim.requests.filter((r) => r.method === "PUT" && /\/smartlock\/\d+\/auth$/.test(r.path) && !r.origin).length;

function ics(events: { uid: string; from: string; to: string; summary?: string; extra?: string[] }[]) {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0"];
  for (const e of events) {
    lines.push("BEGIN:VEVENT", `UID:${e.uid}`, `DTSTART;VALUE=DATE:${e.from.replaceAll("-", "")}`, `DTEND;VALUE=DATE:${e.to.replaceAll("-", "")}`, `SUMMARY:${e.summary ?? "Reserved"}`, ...(e.extra ?? []), "END:VEVENT");
  }
  return [...lines, "END:VCALENDAR"].join("\r\n");
}

async function world() {
  const { sim, db, ctx: base, restart } = await simulatedContext({ tokenTtlSeconds: 60 * 86_400 });
  let answer: () => FetchResult = () => ({ status: "ok", body: ics([]), etag: null, lastModified: null });
  const calendar = (stays: CalendarContext) => stays;
  const extend = (c: typeof base): CalendarContext => calendar({ ...c, feeds: createFeedStore(db), fetchFeed: async () => answer(), now: Date.now, everyMs: 15 * 60_000, allowLoopback: true });
  const ctx = extend(base);
  const flat = await createProperty(ctx, { name: "Flat", lockIds: [LOCKS.berlin, LOCKS.berlinBuilding] });
  const feed = await ctx.feeds.create("acct", { propertyId: flat.id, label: "Airbnb", url: "https://www.airbnb.com/calendar/ical/1.ics", everyEventIsBooking: false });
  const serve = (body: string) => (answer = () => ({ status: "ok", body, etag: null, lastModified: null }));
  const fail = (error: Error) => (answer = () => { throw error; });
  return { sim, ctx, flat, feed, serve, fail, restart: () => extend(restart()) };
}

const SOON = { uid: "soon@airbnb.com", from: "2026-11-25", to: "2026-11-28", extra: ["DESCRIPTION:Reservation URL: https://www.airbnb.com/hosting/reservations/details/HMSOON1234"] };
const LATER = { uid: "later@airbnb.com", from: "2026-12-10", to: "2026-12-12", summary: "Reserved - Maria F" };

describe("calendar sync against the simulator", () => {
  it("turns bookings into stays whose codes reach both doors at lead time, once", async () => {
    const { sim, ctx, flat, feed, serve, restart } = await world();
    serve(ics([SOON, LATER]));
    const health = await syncFeed(ctx, feed.id);
    expect(health).toMatchObject({ lastError: null, bookingsSeen: 2, lastSuccessAt: "2026-11-23T10:00:00.000Z" });
    const stays = await ctx.stays.list("acct", flat.id);
    expect(stays.map((s) => [s.guestName, s.status])).toEqual([["Airbnb HMSOON1234", "active"], ["Maria F", "scheduled"]]);
    const [soon, later_] = stays;
    for (const lockId of [LOCKS.berlin, LOCKS.berlinBuilding]) {
      expect(codesOn(sim, lockId).some((a) => String(a.code) === soon!.code)).toBe(false); // still propagating
    }
    await later(ctx, DELAY + 1);
    for (const lockId of [LOCKS.berlin, LOCKS.berlinBuilding]) {
      expect(codesOn(sim, lockId).find((a) => String(a.code) === soon!.code)).toMatchObject({ allowedFromDate: "2026-11-25T14:00:00.000Z", allowedUntilDate: "2026-11-28T10:00:00.000Z" });
      expect(codesOn(sim, lockId).some((a) => String(a.code) === later_!.code)).toBe(false);
    }
    // Nothing written twice, also after a restart with a fresh engine.
    const written = creates(sim);
    await syncFeed(ctx, feed.id);
    await syncFeed(restart(), feed.id);
    expect(creates(sim)).toBe(written);
    expect(await ctx.stays.list("acct", flat.id)).toHaveLength(2);

    // Lead time: 3 days before 10 Dec, in Berlin.
    vi.setSystemTime(new Date("2026-12-06T22:59:00Z"));
    await syncFeed(ctx, feed.id);
    expect((await ctx.stays.get("acct", later_!.id))?.status).toBe("scheduled");
    vi.setSystemTime(new Date("2026-12-06T23:00:00Z"));
    await syncFeed(ctx, feed.id);
    expect((await ctx.stays.get("acct", later_!.id))?.status).toBe("active");
    await later(ctx, DELAY + 1);
    expect(codesOn(sim, LOCKS.berlinBuilding).some((a) => String(a.code) === later_!.code)).toBe(true);

    // After check-out (11:00 Berlin on 12 Dec) the code comes off the doors.
    vi.setSystemTime(new Date("2026-12-12T10:01:00Z"));
    await syncFeed(ctx, feed.id);
    await later(ctx, DELAY + 1);
    await later(ctx, DELAY + 1);
    expect((await ctx.stays.get("acct", later_!.id))?.clearedAt).not.toBeNull();
    expect(codesOn(sim, LOCKS.berlin).some((a) => String(a.code) === later_!.code)).toBe(false);
  });

  it("moves a stay with its booking (same code, own times kept) and cancels a vanished one after two syncs", async () => {
    const { sim, ctx, flat, feed, serve } = await world();
    serve(ics([SOON, LATER]));
    await syncFeed(ctx, feed.id);
    await later(ctx, DELAY + 1);
    const [soon] = await ctx.stays.list("acct", flat.id);
    await ctx.stays.update("acct", soon!.id, { checkInTime: "13:00" });

    serve(ics([{ ...SOON, from: "2026-11-26", to: "2026-11-29" }, LATER]));
    await syncFeed(ctx, feed.id);
    await later(ctx, DELAY + 1);
    const moved = await getStay(ctx, soon!.id);
    expect(moved).toMatchObject({ arrival: "2026-11-26", departure: "2026-11-29", code: soon!.code, checkInTime: "13:00" });
    expect(moved.doors.map((d) => [d.status, d.validFrom])).toEqual([["saved", "2026-11-26T13:00"], ["saved", "2026-11-26T13:00"]]);

    serve(ics([LATER]));
    await syncFeed(ctx, feed.id);
    expect((await ctx.stays.get("acct", soon!.id))?.status).toBe("active");
    await syncFeed(ctx, feed.id);
    expect((await ctx.stays.get("acct", soon!.id))?.status).toBe("cancelled");
    await later(ctx, DELAY + 1);
    await later(ctx, DELAY + 1);
    expect(codesOn(sim, LOCKS.berlin).some((a) => String(a.code) === soon!.code)).toBe(false);
  });

  it("changes no stay on a failed fetch or an emptied feed, and says why", async () => {
    const { ctx, flat, feed, serve, fail } = await world();
    serve(ics([LATER]));
    await syncFeed(ctx, feed.id);
    fail(new FeedError("http", "calendar.feedError.serverFailed", { status: 500 }));
    for (let i = 0; i < 3; i++) expect((await syncFeed(ctx, feed.id)).lastError).toMatch(/failed \(500\)/);
    fail(new FeedError("timeout", "calendar.feedError.timeout", { seconds: 10 }));
    expect((await syncFeed(ctx, feed.id)).lastError).toMatch(/10 s/);
    serve("<html>login</html>");
    expect((await syncFeed(ctx, feed.id)).lastError).toMatch(/web page/);
    serve(ics([]));
    for (let i = 0; i < 3; i++) expect((await syncFeed(ctx, feed.id)).waitingForConfirmation).toBe(true);
    expect((await ctx.stays.list("acct", flat.id)).map((s) => s.status)).toEqual(["scheduled"]);
    await syncFeed(ctx, feed.id, { confirmEmpty: true });
    await syncFeed(ctx, feed.id, { confirmEmpty: true });
    expect((await ctx.stays.list("acct", flat.id)).map((s) => s.status)).toEqual(["cancelled"]);
  });

  it("keeps a scheduled stay's code free: a PIN made elsewhere taking it gives the stay another and says so", async () => {
    const { ctx, flat, feed, serve } = await world();
    serve(ics([LATER]));
    await syncFeed(ctx, feed.id);
    const [stay] = await ctx.stays.list("acct", flat.id);
    await createPin(ctx, LOCKS.berlin, { name: "Cleaner", code: stay!.code });
    await later(ctx, DELAY + 1);
    await syncFeed(ctx, feed.id);
    const after = await ctx.stays.get("acct", stay!.id);
    expect(after?.code).not.toBe(stay!.code);
    expect(storedText(after!.notice!, english)).toMatch(/Send the guest message again/);
  });

  it("chooses the code from the guest's phone digits where Nuki allows it, else says why it is random", async () => {
    const { ctx, flat, feed, serve } = await world();
    await ctx.properties.save("acct", { ...flat, codeChoice: "phone" });
    serve(ics([
      { ...LATER, extra: ["DESCRIPTION:Phone Number (Last 4 Digits): 4376"] },
      { uid: "b", from: "2026-12-20", to: "2026-12-22", extra: ["DESCRIPTION:Phone Number (Last 4 Digits): 1234"] },
    ]));
    await syncFeed(ctx, feed.id);
    const stays = await ctx.stays.list("acct", flat.id);
    expect(stays.map((s) => [s.code === "437643", s.codeNote && storedText(s.codeNote, english)])).toEqual([[true, null], [false, expect.stringMatching(/start with 12/)]]);
  });
});
