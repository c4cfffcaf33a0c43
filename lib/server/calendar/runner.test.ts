import { describe, expect, it, vi } from "vitest";
import { createProperty } from "@/lib/server/properties/service";
import { LOCKS } from "@/lib/simulator/test-support";
import { fakeDateInEachTest, simulatedContext } from "@/test/simulated-context";
import { createFeedStore } from "./feed-store";
import { createCalendarRunner } from "./runner";

fakeDateInEachTest(); // 2026-11-23T10:00Z

const ICS = ["BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:a@airbnb.com", "DTSTART;VALUE=DATE:20261210", "DTEND;VALUE=DATE:20261212", "SUMMARY:Reserved - Ida K", "END:VEVENT", "END:VCALENDAR"].join("\r\n");

describe("calendar runner", () => {
  it("reads each feed when due, and puts codes on the doors at lead time between reads", async () => {
    const { db, ctx } = await simulatedContext({ tokenTtlSeconds: 60 * 86_400 });
    const flat = await createProperty(ctx, { name: "Flat", lockIds: [LOCKS.berlin, LOCKS.berlinBuilding] });
    await createFeedStore(db).create("acct", { propertyId: flat.id, label: "VRBO", url: "https://www.vrbo.com/icalendar/x.ics", everyEventIsBooking: false });
    let reads = 0;
    const runner = createCalendarRunner({
      db, engine: ctx.engine, ledger: ctx.ledger, nukiFor: async () => ctx.nuki, allowLoopback: false, everyMs: 30 * 86_400_000,
      fetchFeed: async () => (reads++, { status: "ok", body: ICS, etag: null, lastModified: null }),
    });
    await runner.tick();
    expect(reads).toBe(1);
    const [stay] = await ctx.stays.list("acct", flat.id);
    expect(stay).toMatchObject({ guestName: "Ida K", status: "scheduled" });
    await runner.tick();
    expect(reads).toBe(1);
    vi.setSystemTime(new Date("2026-12-07T08:00:00Z"));
    await runner.tick();
    expect(reads).toBe(1);
    expect((await ctx.stays.get("acct", stay!.id))?.status).toBe("active");
  });
});
