import { describe, expect, it } from "vitest";
import type { PinRecord } from "@/lib/ledger/ledger";
import { NukiError } from "@/lib/nuki/errors";
import type { PinState } from "@/lib/pins/schema";
import { REASONS } from "./classify";
import { pinsView } from "./pin-view";
import { refusalReason } from "./send";

const desired: PinState = { name: "Anna", code: "354879", enabled: true, validFrom: null, validUntil: null, weekdays: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], dailyFrom: null, dailyUntil: null };
const failed = (reason: string | null, over: Partial<PinRecord> = {}): PinRecord => ({
  id: "p", accountId: "acct", lockId: 1, authId: null, name: "Anna", desired, status: "failed", reason, drift: null,
  attempts: 3, sentAt: null, nextCheckAt: 0, createdAt: 0, ...over,
});
const listed = { id: "a".repeat(24), ...desired, lastUsedAt: null };
/** The reason the view gives; a PIN being deleted is shown as Nuki lists it. */
const reasonOf = (record: PinRecord, locale?: "en" | "de") =>
  pinsView([record], { pairs: record.desired ? [] : [{ record, actual: listed }], unmanaged: [], duplicates: [] }, undefined, locale)[0]?.statusReason;

describe("a PIN's reason", () => {
  it("is kept as a key and worded in the request's language, English unless said", () => {
    expect(REASONS.offline).toBe('{"key":"pins.reason.offline"}');
    expect(reasonOf(failed(REASONS.create(2)))).toBe("Nuki accepted this PIN 2 times but never showed it on the lock.");
    expect(reasonOf(failed(REASONS.create(1)), "de")).toBe("Nuki hat diese PIN einmal angenommen, aber nie auf dem Schloss angezeigt.");
    expect(reasonOf(failed(REASONS.offline), "de")).toBe("Das Schloss ist offline. Nuki überträgt dies, sobald das Schloss wieder online ist; Keyhost prüft weiter.");
    expect(reasonOf(failed(REASONS.delete(3), { desired: null, authId: "a" }), "de")).toMatch(/^Nuki hat das Löschen 3 Mal angenommen,/);
  });

  it("words Nuki's refusal as the form does, with Nuki's own words", () => {
    const refused = refusalReason(new NukiError("invalid", "bad", 400, "code invalid"));
    expect(reasonOf(failed(refused))).toBe("Nuki refused this PIN (Nuki: code invalid).");
    expect(reasonOf(failed(refused), "de")).toBe("Nuki hat diese PIN abgelehnt (Nuki: code invalid).");
    expect(reasonOf(failed(refusalReason(new NukiError("conflict", "taken", 409))))).toBe("Nuki says this code is already on the lock. Choose another code.");
    expect(reasonOf(failed(refusalReason(new NukiError("invalid", "type", 400, "type 13"))), "de")).toMatch(/^PINs können erst hinzugefügt werden/);
  });

  it("shows a reason stored as a sentence before keys as it is", () => {
    expect(reasonOf(failed("Nuki refused this PIN."), "de")).toBe("Nuki refused this PIN.");
    expect(reasonOf(failed(null))).toBeUndefined();
  });
});
