import { describe, expect, it } from "vitest";
import { translateIn } from "@/lib/i18n/translate";
import { detailWords, storeDetail, type AttemptResult, type StoredDetail } from "./event-detail";

const en = translateIn("en", "pins");
const de = translateIn("de", "pins");
const inEnglish = (detail: StoredDetail) => detailWords(storeDetail(detail), en, "en");
const inGerman = (detail: StoredDetail) => detailWords(storeDetail(detail), de, "de");

describe("the engine's history lines", () => {
  it("are stored without words", () => {
    const stored = storeDetail({ key: "attempt", n: 1, result: "accepted" });
    expect(stored).toBe('keyhost:{"key":"attempt","n":1,"result":"accepted"}');
    expect(stored).not.toMatch(/Nuki/);
  });

  it("read in English exactly as the engine wrote them before", () => {
    expect(inEnglish({ key: "seen", fields: ["validFrom", "validUntil"], repairing: true })).toBe("Seen on the lock: validFrom differs, validUntil differs. Repairing automatically.");
    expect(inEnglish({ key: "seen", fields: ["missing"], repairing: false })).toBe("Seen on the lock: missing from the lock.");
    expect(inEnglish({ key: "matchesAgain" })).toBe("The lock matches again.");
    expect(inEnglish({ key: "listed" })).toBe("Nuki lists it as the host set it.");
    expect(inEnglish({ key: "unlisted" })).toBe("Nuki no longer lists it.");
    expect(inEnglish({ key: "autoRepair" })).toBe("Re-applying what the host set (automatic repair).");
    expect(inEnglish({ key: "duplicate" })).toBe("Removing a second copy of this PIN that Nuki created.");
  });

  it("word each attempt in English as before", () => {
    const attempt = (result: AttemptResult) => inEnglish({ key: "attempt", n: 2, ...result });
    expect(inEnglish({ key: "attempt", n: 1, result: "accepted" })).toBe("Attempt 1: Nuki accepted it.");
    expect(attempt({ result: "timeout" })).toBe("Attempt 2: Nuki did not answer in time. It may still arrive; checking the lock.");
    expect(attempt({ result: "unreachable" })).toBe("Attempt 2: Nuki could not be reached. It may still arrive; checking the lock.");
    expect(attempt({ result: "noAnswer", said: "Socket closed" })).toBe("Attempt 2: Socket closed. It may still arrive; checking the lock.");
    expect(attempt({ result: "locked" })).toBe("Attempt 2: Nuki is still applying an earlier change to this PIN; waiting for it.");
    expect(attempt({ result: "busy", status: 503 })).toBe("Attempt 2: Nuki answered 503; trying again shortly.");
    expect(attempt({ result: "busy", status: null })).toBe("Attempt 2: Nuki answered badly; trying again shortly.");
    expect(attempt({ result: "notFound" })).toBe("Attempt 2: Nuki no longer has this PIN.");
    expect(attempt({ result: "codeHeld" })).toBe("Attempt 2: Nuki already holds this code, most likely from the earlier attempt; waiting for it to show.");
    expect(attempt({ result: "refused", said: "Name too long" })).toBe("Attempt 2: Nuki refused it: Name too long");
    expect(attempt({ result: "clockGap", gap: { wall: "2027-03-28 02:30", zone: "Europe/Berlin", next: "2027-03-28 03:00" } })).toBe(
      "Attempt 2: Nuki refused it: 2027-03-28 02:30 does not exist in Europe/Berlin: the clocks jump forward. Use 2027-03-28 03:00 instead.",
    );
  });

  it("read in German", () => {
    expect(inGerman({ key: "seen", fields: ["validFrom", "dailyUntil", "missing"], repairing: true })).toBe(
      "Auf dem Schloss festgestellt: Beginn weicht ab, tägliche Endzeit weicht ab, fehlt auf dem Schloss. Wird automatisch repariert.",
    );
    expect(inGerman({ key: "matchesAgain" })).toBe("Das Schloss stimmt wieder überein.");
    expect(inGerman({ key: "unlisted" })).toBe("Nuki führt die PIN nicht mehr.");
    expect(inGerman({ key: "attempt", n: 1, result: "accepted" })).toBe("Versuch 1: von Nuki angenommen.");
    expect(inGerman({ key: "attempt", n: 3, result: "busy", status: 429 })).toBe("Versuch 3: Nuki antwortete 429; es wird gleich erneut versucht.");
    expect(inGerman({ key: "attempt", n: 2, result: "refused", said: "Name too long" })).toBe("Versuch 2: von Nuki abgelehnt: Name too long");
    expect(inGerman({ key: "attempt", n: 2, result: "clockGap", gap: { wall: "2027-03-28 02:30", zone: "Europe/Berlin", next: "2027-03-28 03:00" } })).toBe(
      "Versuch 2: von Nuki abgelehnt: 2027-03-28 02:30 gibt es in Europe/Berlin nicht: Die Uhren werden vorgestellt. Nutzen Sie stattdessen 2027-03-28 03:00.",
    );
  });

  it("shows a line written as a sentence before as it is, in any language", () => {
    expect(detailWords("Attempt 1: Nuki accepted it.", de, "de")).toBe("Attempt 1: Nuki accepted it.");
    expect(detailWords("Seen on the lock: name differs.", de, "de")).toBe("Seen on the lock: name differs.");
  });

  it("shows a stored line it does not know as it is", () => {
    const unknown = 'keyhost:{"key":"attempt","n":1,"result":"teleported"}';
    expect(detailWords(unknown, en, "en")).toBe(unknown);
  });
});
