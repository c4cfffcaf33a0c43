import { describe, expect, it } from "vitest";
import { OPEN_GUEST_PIN, savedPin } from "@/test/pin-fixtures";
import type { Pin } from "./types";
import { isPin, markPin, optimisticCreate, replacePin } from "./view-optimistic";

const base: Pin = savedPin("3f2b8c1e-9a4d-4e5f-8b6a-1c2d3e4f5a6b", OPEN_GUEST_PIN);
const pin = (patch: Partial<Pin>): Pin => ({ ...base, ...patch });

describe("optimisticCreate", () => {
  it("shows a new PIN as managed and on its way", () => {
    const { name, code, enabled, validFrom, validUntil, weekdays, dailyFrom, dailyUntil } = base;
    const input = { name, code, enabled, validFrom, validUntil, weekdays, dailyFrom, dailyUntil };
    expect(optimisticCreate(input)).toEqual({ ...base, id: "optimistic-354879", status: "pending", managed: true });
  });
});

describe("markPin", () => {
  it("changes only the PIN asked for", () => {
    const other = pin({ id: "other" });
    const out = markPin([base, other], base.id, { status: "deleting" });
    expect(out[0]?.status).toBe("deleting");
    expect(out[1]).toBe(other);
  });

  it("drops the old reason and drift when the status changes", () => {
    const drifted = pin({ status: "drifted", statusReason: "Changed in the Nuki app", drift: [{ field: "enabled", wanted: true, actual: false }] });
    const [out] = markPin([drifted], base.id, { status: "pending" });
    expect(out).toMatchObject({ status: "pending", statusReason: undefined, drift: undefined });
  });

  it("keeps the reason when only fields change", () => {
    const [out] = markPin([pin({ statusReason: "Waiting" })], base.id, { name: "New" });
    expect(out).toMatchObject({ name: "New", statusReason: "Waiting" });
  });
});

describe("replacePin", () => {
  const saved = pin({ status: "pending" });

  it("puts the answer where the optimistic entry was", () => {
    const optimistic = pin({ id: "optimistic-354879", status: "pending" });
    const first = pin({ id: "first" });
    expect(replacePin([first, optimistic], optimistic.id, saved)).toEqual([first, saved]);
  });

  it("never lists a PIN twice when a refetch already brought it in", () => {
    const optimistic = pin({ id: "optimistic-354879" });
    expect(replacePin([optimistic, pin({ status: "saved" })], optimistic.id, saved)).toEqual([saved]);
  });

  it("updates in place when the entry is already under the new id, and adds it when it is nowhere", () => {
    expect(replacePin([pin({ name: "Old" })], "gone", saved)).toEqual([saved]);
    expect(replacePin([], "gone", saved)).toEqual([saved]);
  });

  it("replaces an adopted PIN's Nuki id with its Keyhost id", () => {
    const unmanaged = pin({ id: "5f1e2d3c4b5a69788796a5b4", managed: false, status: "unmanaged" });
    expect(replacePin([unmanaged], unmanaged.id, pin({ status: "saved" }))).toEqual([pin({ status: "saved" })]);
  });
});

describe("isPin", () => {
  it("tells a PIN from an empty answer", () => {
    expect(isPin(base)).toBe(true);
    expect(isPin(undefined)).toBe(false);
    expect(isPin({ deleted: true })).toBe(false);
  });
});

describe("replacePin and backup codes", () => {
  it("keeps the list's backup mark when a single PIN's answer replaces it", () => {
    const backup = { propertyId: "p1", propertyName: "Seaside Flat", slot: 1 };
    const listed = pin({ backup });
    const answer = pin({ status: "pending" });
    expect(replacePin([listed], listed.id, answer)).toEqual([{ ...answer, backup }]);
    expect(replacePin([listed], "optimistic-1", answer)).toEqual([{ ...answer, backup }]);
    expect(replacePin([base], base.id, answer)).toEqual([answer]);
  });
});
