import { describe, expect, it } from "vitest";
import type { ExpectedPin, PendingWrite } from "./pending-write";
import { reconcile } from "./reconcile";

const expected: ExpectedPin = {
  name: "Anna Weekend",
  code: "354879",
  enabled: true,
  validFrom: "2026-12-04T15:00",
  validUntil: "2026-12-06T11:00",
  weekdays: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
  dailyFrom: null,
  dailyUntil: null,
};
const listed = (id: string, over: Partial<ExpectedPin> = {}) => ({ id, ...expected, lastUsedAt: null, ...over });
const write = (over: Partial<PendingWrite>): PendingWrite => ({
  opId: "op1",
  kind: "create",
  authId: null,
  expected,
  requestedAt: 0,
  deadline: 10_000,
  ...over,
});

describe("reconcile", () => {
  it("shows a create that has not appeared as pending, with the values the host asked for", () => {
    const r = reconcile([], [write({})], 1_000);
    expect(r.pins).toEqual([{ id: "pending-op1", ...expected, lastUsedAt: null, status: "pending" }]);
    expect(r.confirmed).toEqual([]);
  });

  it("confirms a create by name and code, since Nuki gives it no id", () => {
    const r = reconcile([listed("a".repeat(24))], [write({})], 1_000);
    expect(r.pins).toEqual([{ ...listed("a".repeat(24)), status: "saved" }]);
    expect(r.confirmed).toEqual(["op1"]);
  });

  it("does not confirm a create against a PIN with the same name but another code", () => {
    const r = reconcile([listed("a".repeat(24), { code: "999999" })], [write({})], 1_000);
    expect(r.pins.map((p) => p.status)).toEqual(["saved", "pending"]);
  });

  it("claims each listed PIN for one create only", () => {
    const r = reconcile([listed("a".repeat(24))], [write({ opId: "1" }), write({ opId: "2" })], 1_000);
    expect(r.confirmed).toEqual(["1"]);
    expect(r.pins.filter((p) => p.status === "pending")).toHaveLength(1);
  });

  it("fails a create once its wait runs out, saying what that means", () => {
    const r = reconcile([], [write({})], 10_000);
    expect(r.pins[0]?.status).toBe("failed");
    expect(r.pins[0]?.statusReason).toMatch(/not shown it on the lock/);
    expect(r.failed).toEqual([{ opId: "op1", reason: expect.stringMatching(/offline/) }]);
  });

  it("keeps an update pending until every field matches, showing the desired values meanwhile", () => {
    const id = "b".repeat(24);
    const update = write({ kind: "update", authId: id, expected: { ...expected, name: "Renamed" } });
    const before = reconcile([listed(id)], [update], 1_000);
    expect(before.pins[0]).toMatchObject({ name: "Renamed", status: "pending" });
    const after = reconcile([listed(id, { name: "Renamed" })], [update], 2_000);
    expect(after.pins[0]).toMatchObject({ name: "Renamed", status: "saved" });
    expect(after.confirmed).toEqual(["op1"]);
  });

  it("notices an update whose time window was wiped", () => {
    const id = "b".repeat(24);
    const update = write({ kind: "update", authId: id });
    const r = reconcile([listed(id, { validFrom: null, validUntil: null })], [update], 1_000);
    expect(r.pins[0]?.status).toBe("pending");
  });

  it("confirms a delete when the PIN is gone and fails it when the PIN stays", () => {
    const id = "c".repeat(24);
    const del = write({ kind: "delete", authId: id, expected: null });
    expect(reconcile([], [del], 1_000).confirmed).toEqual(["op1"]);
    const stuck = reconcile([listed(id)], [del], 20_000);
    expect(stuck.pins[0]).toMatchObject({ status: "failed", statusReason: expect.stringMatching(/still lists/) });
  });

  it("leaves PINs without writes as saved", () => {
    expect(reconcile([listed("d".repeat(24))], [], 0).pins[0]?.status).toBe("saved");
  });
});
