import { describe, expect, it } from "vitest";
import { isNoShow } from "./no-show";
import { pinRefs } from "./pin-refs";
import { usageByAuth } from "./usage";

const A = "a".repeat(24);
const B = "b".repeat(24);

describe("usageByAuth", () => {
  it("finds each auth's first and last opening in any order, ignoring wrong codes and other events", () => {
    const usage = usageByAuth([
      { kind: "entry", authId: A, instant: "2026-11-22T15:40:00.000Z" },
      { kind: "entry", authId: B, instant: "2026-11-21T09:00:00.000Z" },
      { kind: "entry", authId: A, instant: "2026-11-23T08:00:00.000Z" },
      { kind: "entry", authId: A, instant: "2026-11-22T19:00:00.000Z" },
      { kind: "wrong_code", instant: "2026-11-20T09:00:00.000Z" },
      { kind: "other", authId: A, instant: "2026-11-19T09:00:00.000Z" },
    ]);
    expect(usage.get(A)).toEqual({ firstUsedAt: "2026-11-22T15:40:00.000Z", lastUsedAt: "2026-11-23T08:00:00.000Z", uses: 3 });
    expect(usage.get(B)).toEqual({ firstUsedAt: "2026-11-21T09:00:00.000Z", lastUsedAt: "2026-11-21T09:00:00.000Z", uses: 1 });
    expect(usageByAuth([]).size).toBe(0);
  });
});

describe("isNoShow", () => {
  const checkIn = "2026-11-23T14:00:00.000Z";
  const at = (iso: string) => Date.parse(iso);
  it.each([
    ["before check-in", at("2026-11-23T13:00:00Z"), null, false],
    ["inside the grace delay", at("2026-11-23T15:59:00Z"), null, false],
    ["exactly at check-in plus the delay", at("2026-11-23T16:00:00Z"), null, true],
    ["long after, never entered", at("2026-11-30T10:00:00Z"), null, true],
    ["entered in time", at("2026-11-23T17:00:00Z"), "2026-11-23T14:30:00.000Z", false],
    ["entered late", at("2026-11-23T19:00:00Z"), "2026-11-23T18:00:00.000Z", false],
  ])("%s", (_label, now, firstUsedAt, want) => {
    expect(isNoShow({ validFrom: checkIn, firstUsedAt, now, delayMinutes: 120 })).toBe(want);
  });

  it("takes check-in in ms too, a zero delay, and never flags a stay without a valid start", () => {
    expect(isNoShow({ validFrom: at(checkIn), firstUsedAt: null, now: at(checkIn), delayMinutes: 0 })).toBe(true);
    expect(isNoShow({ validFrom: "not a date", firstUsedAt: null, now: at(checkIn), delayMinutes: 0 })).toBe(false);
  });
});

describe("pinRefs", () => {
  it("ties managed PINs by their recorded auth id and unmanaged ones by their own id", () => {
    const refs = pinRefs(
      [
        { id: "uuid-1", name: "Anna", managed: true },
        { id: B, name: "Owner", managed: false },
      ],
      [
        { id: "uuid-1", authId: A, name: "Anna", desired: { name: "Anna S" } },
        { id: "uuid-2", authId: null, name: "New", desired: { name: "New" } },
      ],
    );
    expect(refs).toEqual([
      { pinId: "uuid-1", authId: A, name: "Anna S" },
      { pinId: B, authId: B, name: "Owner" },
    ]);
  });
});
