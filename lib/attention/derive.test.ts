import { describe, expect, it } from "vitest";
import type { Pin } from "@/lib/pins/types";
import { deriveAttention, EXPIRED_PILE, type AttentionLock } from "./derive";

const NOW = new Date("2026-03-10T12:00:00Z");

function lock(id: number, patch: Partial<AttentionLock> = {}): AttentionLock {
  return {
    id, name: `Door ${id}`, timeZone: "Europe/Berlin", online: true, serverState: "ok",
    keypad: { paired: true, kind: "Keypad" }, battery: { critical: false, charge: 80 }, keypadBatteryCritical: false, pinCount: 3, ...patch,
  };
}

function pin(id: string, patch: Partial<Pin> = {}): Pin {
  return {
    id, name: `Guest ${id}`, code: "123456", enabled: true, validFrom: null, validUntil: null,
    weekdays: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], dailyFrom: null, dailyUntil: null,
    lastUsedAt: null, status: "saved", managed: true, ...patch,
  };
}

describe("deriveAttention", () => {
  it("is empty for a healthy account", () => {
    expect(deriveAttention([lock(1)], new Map([[1, [pin("a")]]]), NOW, "en")).toEqual({ items: [], byLock: {} });
  });

  it("offers retry for a failed PIN and repair or keep for one changed in the Nuki app", () => {
    const pins = [pin("a", { status: "failed", statusReason: "Nuki refused this PIN." }), pin("b", { status: "drifted", drift: [{ field: "name", wanted: "Guest b", actual: "Bob" }] })];
    const { items, byLock } = deriveAttention([lock(1)], new Map([[1, pins]]), NOW, "en");
    expect(items.map((i) => [i.kind, i.pinId, i.fixes.map((f) => f.kind)])).toEqual([
      ["failed", "a", ["retry", "open"]],
      ["changed", "b", ["repair", "keep", "open"]],
    ]);
    expect(items[0]!.detail).toBe("Nuki refused this PIN.");
    expect(items[1]!.detail).toBe("On the lock: name changed to “Bob”");
    expect(byLock).toEqual({ 1: 2 });
  });

  it("cannot keep a code that is gone from the lock", () => {
    const { items } = deriveAttention([lock(1)], new Map([[1, [pin("a", { status: "drifted", drift: [{ field: "missing", wanted: "x", actual: null }] })]]]), NOW, "en");
    expect(items[0]!.title).toContain("removed");
    expect(items[0]!.fixes.map((f) => f.kind)).toEqual(["repair", "open"]);
  });

  it("names an offline lock only when changes wait for it", () => {
    const waiting = pin("a", { status: "pending" });
    expect(deriveAttention([lock(1, { online: false, serverState: "offline" })], new Map([[1, [pin("b")]]]), NOW, "en").items).toEqual([]);
    const { items } = deriveAttention([lock(1, { online: false, serverState: "offline" })], new Map([[1, [waiting]]]), NOW, "en");
    expect(items.map((i) => [i.kind, i.title])).toEqual([["offline", "Door 1 is offline with 1 change waiting"]]);
  });

  it("warns of a slow write on an online lock", () => {
    const slow = pin("a", { status: "pending", statusReason: "Taking longer than usual.", write: { attempts: 1, maxAttempts: 4, since: NOW.toISOString(), waiting: "confirming", slow: true } });
    expect(deriveAttention([lock(1)], new Map([[1, [slow]]]), NOW, "en").items.map((i) => i.kind)).toEqual(["slow"]);
    expect(deriveAttention([lock(1)], new Map([[1, [{ ...slow, write: { ...slow.write!, slow: false } }]]]), NOW, "en").items).toEqual([]);
  });

  it("lists critical batteries, a nearly full keypad and expired codes piling up", () => {
    const expired = Array.from({ length: EXPIRED_PILE }, (_, i) => pin(`e${i}`, { validUntil: "2026-03-01T10:00" }));
    const { items } = deriveAttention(
      [lock(1, { battery: { critical: true, charge: 5 }, keypadBatteryCritical: true }), lock(2, { pinCount: 95 }), lock(3)],
      new Map([[2, [pin("x", { validUntil: "2026-03-01T10:00" })]], [3, expired]]),
      NOW,
      "en",
    );
    expect(items.map((i) => [i.kind, i.lockId, i.fixes.map((f) => f.kind)])).toEqual([
      ["battery", 1, ["open"]],
      ["keypad_battery", 1, ["open"]],
      ["capacity", 2, ["cleanup", "open"]],
      ["expired", 3, ["cleanup", "open"]],
    ]);
    expect(items[3]!.fixes[0]!.label).toBe(`Delete ${EXPIRED_PILE} expired codes`);
  });

  it("does not count expired codes until the lock's clock says so", () => {
    const endsTonightInAuckland = Array.from({ length: EXPIRED_PILE }, (_, i) => pin(`e${i}`, { validUntil: "2026-03-11T02:00" }));
    // 12:00 UTC is 01:00 next day in Auckland (UTC+13): not yet ended there.
    expect(deriveAttention([lock(1, { timeZone: "Pacific/Auckland" })], new Map([[1, endsTonightInAuckland]]), NOW, "en").items).toEqual([]);
    expect(deriveAttention([lock(1, { timeZone: "Europe/Berlin" })], new Map([[1, endsTonightInAuckland]]), new Date("2026-03-11T02:00:00Z"), "en").items.map((i) => i.kind)).toEqual(["expired"]);
  });

  it("speaks the reader's language", () => {
    const waiting = [pin("a", { status: "pending" }), pin("b", { status: "pending" })];
    const { items } = deriveAttention([lock(1, { online: false, serverState: "offline" })], new Map([[1, waiting]]), NOW, "de");
    expect(items.map((i) => [i.title, i.fixes.map((f) => f.label)])).toEqual([["Door 1 ist offline, 2 Änderungen warten", ["Zur Tür"]]]);
    const expired = Array.from({ length: EXPIRED_PILE }, (_, i) => pin(`e${i}`, { validUntil: "2026-03-01T10:00" }));
    const [pile] = deriveAttention([lock(3)], new Map([[3, expired]]), NOW, "de").items;
    expect(pile!.title).toBe(`Door 3: ${EXPIRED_PILE} abgelaufene Codes noch auf dem Keypad`);
    expect(pile!.fixes[0]!.label).toBe(`${EXPIRED_PILE} abgelaufene Codes löschen`);
  });
});
