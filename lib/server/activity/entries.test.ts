import { describe, expect, it } from "vitest";
import { createNukiClient } from "@/lib/nuki/client";
import { NukiSimulator } from "@/lib/simulator";
import { BASE, call, createClock, LOCKS, signIn } from "@/lib/simulator/test-support";
import { decodeCursor, encodeCursor } from "@/lib/activity/cursor";
import { listEntries } from "./entries";
import type { DoorEntry, EntryLock } from "@/lib/activity/types";

async function setup() {
  const clock = createClock(Date.parse("2026-11-23T10:00:00Z"));
  const sim = new NukiSimulator({ now: clock.now, tokenTtlSeconds: 3600 });
  const tokens = await signIn(sim);
  const fetchViaSimulator = (async (url: URL | string, init?: RequestInit) => sim.handle(new Request(url, init), "/sim")) as typeof fetch;
  const nuki = createNukiClient(tokens.access_token, { baseUrl: BASE, fetch: fetchViaSimulator });
  const lockOf = (lockId: number, zone: string, name: string): EntryLock => ({
    lockId, zone, name,
    pins: [...sim.data.auths.values()].filter((a) => a.smartlockId === lockId && a.type === 13).map((a) => ({ pinId: `pin-${a.name}`, authId: a.id, name: a.name })),
  });
  const locks = [lockOf(LOCKS.berlin, "Europe/Berlin", "Berlin"), lockOf(LOCKS.bondi, "Australia/Sydney", "Bondi")];
  return { sim, nuki, locks, clock };
}

/** What the simulator holds: every keypad entry of these locks, newest first. */
const expected = (sim: NukiSimulator, lockIds: number[]) =>
  sim.data.logs.filter((l) => lockIds.includes(l.smartlockId) && l.trigger === 255).sort((a, b) => b.date.localeCompare(a.date) || a.smartlockId - b.smartlockId);

describe("listEntries", () => {
  it("merges keypad entries of several locks newest first, and pages through all of them without gaps or repeats", async () => {
    const { sim, nuki, locks } = await setup();
    const seen: DoorEntry[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 50; page += 1) {
      const result = await listEntries(nuki, locks, { limit: 7, ...(cursor ? { cursor } : {}) });
      seen.push(...result.entries);
      if (!result.nextCursor) break;
      cursor = result.nextCursor;
    }
    const want = expected(sim, [LOCKS.berlin, LOCKS.bondi]);
    expect(want.length).toBeGreaterThan(40);
    expect(seen.map((e) => e.id)).toEqual(want.map((l) => l.id));
    for (const entry of seen) {
      expect(entry.kind).toBe("entry");
      expect(entry.pinId).toBe(`pin-${entry.pinName}`);
      expect(entry.action).toBe("unlock");
      expect(entry.trigger).toBe("keypad");
    }
  });

  it("shows times in each lock's own zone", async () => {
    const { nuki, locks } = await setup();
    const { entries } = await listEntries(nuki, locks, { limit: 20 });
    for (const entry of entries) {
      const local = new Intl.DateTimeFormat("sv-SE", { timeZone: entry.zone, dateStyle: "short", timeStyle: "medium" }).format(new Date(entry.instant));
      expect(entry.at).toBe(local.replace(" ", "T"));
    }
  });

  it("filters by PIN and by lock-local days, both included", async () => {
    const { sim, nuki, locks } = await setup();
    const anna = locks[0]!.pins.find((p) => p.name === "Anna Schmidt")!;
    const { entries } = await listEntries(nuki, locks, { limit: 50, pinId: anna.pinId });
    expect(entries.length).toBeGreaterThan(1);
    expect(new Set(entries.map((e) => e.pinName))).toEqual(new Set(["Anna Schmidt"]));
    expect(entries).toHaveLength(expected(sim, [LOCKS.berlin]).filter((l) => l.authId === anna.authId).length);

    const day = entries[1]!.at.slice(0, 10);
    const oneDay = await listEntries(nuki, locks, { limit: 50, from: day, to: day });
    expect(oneDay.entries.length).toBeGreaterThan(0);
    expect(oneDay.entries.every((e) => e.at.startsWith(day))).toBe(true);
    expect(oneDay.entries.map((e) => e.id)).toContain(entries[1]!.id);
    expect((await listEntries(nuki, locks, { limit: 5, pinId: "nobody" })).entries).toEqual([]);
  });

  it("takes the first and last days of the calendar as no bound, in every zone", async () => {
    const { sim, nuki, locks } = await setup();
    const auckland = { lockId: LOCKS.berlin, zone: "Pacific/Auckland", name: "Berlin", pins: locks[0]!.pins };
    const all = (await listEntries(nuki, [...locks, auckland], { limit: 100 })).entries.map((e) => e.id);
    for (const [from, to] of [["0000-01-01", "9999-12-31"], ["0000-01-01", undefined], [undefined, "9999-12-31"], ["1969-12-31", "9999-12-30"]] as const) {
      const page = await listEntries(nuki, [...locks, auckland], { limit: 100, ...(from ? { from } : {}), ...(to ? { to } : {}) });
      expect(page.entries.map((e) => e.id)).toEqual(all);
    }
    expect((await listEntries(nuki, locks, { limit: 5, from: "0000-01-01", to: "1969-12-31" })).entries).toEqual([]);
    expect(expected(sim, [LOCKS.berlin]).length).toBeGreaterThan(0);
  });

  it("tells a wrong code from an entry", async () => {
    const { sim, nuki, locks } = await setup();
    await call(sim, "POST", `/_control/locks/${LOCKS.berlin}/keypad`, { json: { code: 111_111 } });
    await call(sim, "POST", `/_control/locks/${LOCKS.berlin}/keypad`, { json: { code: 482_915 } });
    const { entries } = await listEntries(nuki, locks, { limit: 2 });
    expect(entries.map((e) => [e.kind, e.pinName])).toEqual([
      ["entry", "Anna Schmidt"],
      ["wrong_code", undefined],
    ]);
  });

  it("keeps cursors opaque and refuses ones it did not make", () => {
    const cursor = encodeCursor({ "17923456781": "a".repeat(24), "17952309874": null });
    expect(decodeCursor(cursor)).toEqual({ "17923456781": "a".repeat(24), "17952309874": null });
    for (const bad of ["", "!!", Buffer.from('{"x":"y"}').toString("base64url"), Buffer.from("[1]").toString("base64url"), "a".repeat(5000)]) {
      expect(decodeCursor(bad)).toBeNull();
    }
  });
});
