import { describe, expect, it } from "vitest";
import type { PinRecord } from "@/lib/ledger/ledger";
import { matchListing, type ListedPin } from "./match";

const pin = (id: string, name: string, code: string): ListedPin => ({
  id, name, code, enabled: true, validFrom: null, validUntil: null, weekdays: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], dailyFrom: null, dailyUntil: null, lastUsedAt: null,
});
const record = (id: string, authId: string | null, name: string, code: string): PinRecord => {
  const listedPin: Partial<ListedPin> = pin("x", name, code);
  delete listedPin.id;
  delete listedPin.lastUsedAt;
  const desired = listedPin as PinRecord["desired"];
  return { id, accountId: "a", lockId: 1, authId, name, desired, status: "pending", reason: null, drift: null, attempts: 1, sentAt: 0, nextCheckAt: 0, createdAt: 0 };
};

describe("matchListing", () => {
  it("pairs known auths by id and new creates by name and code, each auth once", () => {
    const listed = [pin("a1", "Anna", "111111"), pin("b2", "Ben", "222222"), pin("c3", "Cleaner", "333333")];
    const result = matchListing([record("r1", "a1", "Anna renamed", "111111"), record("r2", null, "Ben", "222222")], listed);
    expect(result.pairs.map((p) => [p.record.id, p.actual?.id])).toEqual([["r1", "a1"], ["r2", "b2"]]);
    expect(result.unmanaged.map((p) => p.id)).toEqual(["c3"]);
    expect(result.duplicates).toEqual([]);
  });

  it("does not let a create claim an auth another PIN already owns, and finds a second landing of a create", () => {
    const listed = [pin("a1", "Anna", "111111"), pin("a2", "Anna", "111111")];
    const result = matchListing([record("r1", "a1", "Anna", "111111")], listed);
    expect(result.pairs[0]?.actual?.id).toBe("a1");
    expect(result.duplicates.map((d) => d.actual.id)).toEqual(["a2"]);
    expect(result.unmanaged).toEqual([]);
  });

  it("leaves a create unpaired while Nuki does not list it", () => {
    const result = matchListing([record("r1", null, "Dora", "444444")], [pin("a1", "Dora", "555555")]);
    expect(result.pairs[0]?.actual).toBeUndefined();
    expect(result.unmanaged.map((p) => p.id)).toEqual(["a1"]);
  });
});
