import { describe, expect, it } from "vitest";
import type { PinRecord } from "@/lib/ledger/ledger";
import type { PinState } from "@/lib/pins/schema";
import { classify, driftBetween, type Policy } from "./classify";
import type { ListedPin } from "./match";
import { translateIn } from "@/lib/i18n/translate";
import { reasonWords } from "@/lib/pins/status-reason";

const NOW = Date.parse("2026-11-23T10:00:00Z");
const policy: Policy = { confirmWindowMs: 60_000, maxAttempts: 3, auditEveryMs: 300_000, autoRepair: false };
const online = { online: true, keypadPaired: true };
const desired: PinState = { name: "Anna", code: "354879", enabled: true, validFrom: "2026-12-04T15:00", validUntil: "2026-12-06T11:00", weekdays: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], dailyFrom: null, dailyUntil: null };
const listed: ListedPin = { id: "a".repeat(24), ...desired, lastUsedAt: null };
/** A failure's reason as the host reads it, in English unless said. */
const words = (decision: unknown, locale: "en" | "de" = "en") => reasonWords((decision as { reason: string }).reason, translateIn(locale, "pins"));
const record = (over: Partial<PinRecord> = {}): PinRecord => ({
  id: "p", accountId: "acct", lockId: 1, authId: null, name: "Anna", desired, status: "pending", reason: null, drift: null,
  attempts: 0, sentAt: null, nextCheckAt: NOW, createdAt: NOW, ...over,
});

describe("classify", () => {
  it("sends a new create, then waits for it within the window, then counts it saved when listed", () => {
    expect(classify(record(), undefined, online, policy, NOW)).toEqual({ kind: "send", write: "create" });
    const sent = record({ attempts: 1, sentAt: NOW });
    expect(classify(sent, undefined, online, policy, NOW + 500)).toEqual({ kind: "wait", nextCheckAt: NOW + 1_000 });
    expect(classify(sent, listed, online, policy, NOW + 3_000)).toEqual({ kind: "saved", authId: listed.id, confirmed: true });
  });

  it("sends again after the window, and gives up after the last attempt with a reason", () => {
    expect(classify(record({ attempts: 1, sentAt: NOW }), undefined, online, policy, NOW + 61_000)).toEqual({ kind: "send", write: "create" });
    const last = classify(record({ attempts: 3, sentAt: NOW }), undefined, online, policy, NOW + 61_000);
    expect(last).toMatchObject({ kind: "failed" });
    expect(words(last)).toBe("Nuki accepted this PIN 3 times but never showed it on the lock.");
    expect(words(last, "de")).toBe("Nuki hat diese PIN 3 Mal angenommen, aber nie auf dem Schloss angezeigt.");
    const update = classify(record({ authId: listed.id, attempts: 3, sentAt: NOW }), { ...listed, name: "Old" }, online, policy, NOW + 61_000);
    expect(update).toMatchObject({ kind: "failed" });
    expect(words(update)).toBe("Nuki accepted this change 3 times but still lists the old values.");
  });

  it("says the lock is offline instead of sending into the void, and refuses without a keypad", () => {
    const offline = classify(record({ attempts: 1, sentAt: NOW }), undefined, { online: false, keypadPaired: true }, policy, NOW + 61_000);
    expect(offline).toMatchObject({ kind: "failed" });
    expect(words(offline)).toBe("The lock is offline. Nuki will apply this when the lock is back online; Keyhost keeps checking.");
    expect(words(offline, "de")).toMatch(/^Das Schloss ist offline\./);
    const noKeypad = classify(record(), undefined, { online: true, keypadPaired: false }, policy, NOW);
    expect(noKeypad).toMatchObject({ kind: "failed" });
    expect(words(noKeypad)).toBe("PINs cannot be added until a keypad is paired. Paired one already? Use “Sync with lock”.");
  });

  it("marks a saved PIN changed on the lock as drifted field by field, or repairs it when allowed", () => {
    const saved = record({ status: "saved", authId: listed.id });
    const wiped = { ...listed, validFrom: null, validUntil: null };
    const drift = classify(saved, wiped, online, policy, NOW);
    expect(drift).toMatchObject({ kind: "drifted", drift: [{ field: "validFrom", wanted: "2026-12-04T15:00", actual: null }, { field: "validUntil", wanted: "2026-12-06T11:00", actual: null }] });
    expect(classify(saved, undefined, online, policy, NOW)).toMatchObject({ kind: "drifted", drift: [{ field: "missing" }] });
    expect(classify(saved, wiped, online, { ...policy, autoRepair: true }, NOW)).toEqual({ kind: "send", write: "update", drift: (drift as { drift: unknown }).drift });
    expect(classify(saved, undefined, online, { ...policy, autoRepair: true }, NOW)).toEqual({ kind: "send", write: "create", drift: [{ field: "missing", wanted: saved.desired!.name, actual: null }] });
    expect(classify(saved, listed, online, policy, NOW)).toEqual({ kind: "saved", authId: listed.id, confirmed: false });
  });

  it("deletes until the PIN is gone, and reports a delete Nuki keeps ignoring", () => {
    const deleting = record({ desired: null, status: "deleting", authId: listed.id });
    expect(classify(deleting, listed, online, policy, NOW)).toEqual({ kind: "send", write: "delete" });
    expect(classify({ ...deleting, attempts: 1, sentAt: NOW }, listed, online, policy, NOW + 2_000)).toMatchObject({ kind: "wait" });
    expect(classify({ ...deleting, attempts: 1, sentAt: NOW }, undefined, online, policy, NOW + 2_000)).toEqual({ kind: "gone" });
    const ignored = classify({ ...deleting, attempts: 3, sentAt: NOW }, listed, online, policy, NOW + 61_000);
    expect(ignored).toMatchObject({ kind: "failed" });
    expect(words(ignored)).toBe("Nuki accepted the deletion 3 times but still lists this PIN, so it may still open the door.");
    expect(words({ reason: JSON.stringify({ key: "pins.reason.deleteUnseen", values: { count: 1 } }) })).toBe("Nuki accepted the deletion once but still lists this PIN, so it may still open the door.");
  });

  it("compares every field the host sets", () => {
    expect(driftBetween(desired, { ...listed, enabled: false, code: "111111", weekdays: ["sat", "sun"] }).map((d) => d.field)).toEqual(["code", "enabled", "weekdays"]);
    expect(driftBetween(desired, listed)).toEqual([]);
  });
});
