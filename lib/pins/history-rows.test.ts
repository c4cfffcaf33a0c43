import { describe, expect, it } from "vitest";
import { translateIn } from "@/lib/i18n/translate";
import { attemptsWords, historyRows, pendingWords } from "./history-rows";
import { detailWords, storeDetail } from "./event-detail";
import type { PinEvent } from "./types";

const t = translateIn("en", "pins");
const fold = (events: readonly PinEvent[]) => historyRows(events, t, "en");

let n = 0;
const event = (patch: Partial<PinEvent>): PinEvent => ({
  id: `e${++n}`,
  pinId: "p1",
  pinName: null,
  at: `2026-12-10T10:00:${String(n).padStart(2, "0")}.000Z`,
  type: "requested",
  actor: "Ana",
  action: "create",
  httpStatus: null,
  detail: null,
  ...patch,
});

describe("historyRows", () => {
  it("folds a request, its attempts and its outcome into one row", () => {
    const rows = fold([
      event({ action: "update", detail: "Valid until 12 Dec 11:00 → 14 Dec 11:00." }),
      event({ type: "attempt", actor: "Keyhost", action: "update", httpStatus: 204, detail: "Attempt 1: Nuki accepted it." }),
      event({ type: "attempt", actor: "Keyhost", action: "update", httpStatus: 204, detail: "Attempt 2: Nuki accepted it." }),
      event({ type: "confirmed", actor: "Keyhost", action: "update" }),
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ title: "Changed", actor: "Ana", detail: "Valid until 12 Dec 11:00 → 14 Dec 11:00.", outcome: { words: "Saved on the lock", tone: "good" } });
    expect(attemptsWords(rows[0]!, t)).toBe("2 attempts");
  });

  it("keeps what changed and adds why it was not saved", () => {
    const rows = fold([
      event({ action: "update", detail: "Disabled." }),
      event({ type: "attempt", httpStatus: 204 }),
      event({ type: "failed", detail: "The lock did not apply it after 4 attempts." }),
    ]);
    expect(rows[0]).toMatchObject({ outcome: { words: "Not saved", tone: "bad" }, detail: "Disabled. The lock did not apply it after 4 attempts." });
  });

  it("gives a change in the Nuki app and the repair after it a row each", () => {
    const rows = fold([
      event({ action: "create" }),
      event({ type: "confirmed" }),
      event({ type: "drift", actor: "Keyhost", detail: "Seen on the lock: disabled." }),
      event({ type: "repaired", action: "update" }),
      event({ type: "attempt", httpStatus: 204 }),
      event({ type: "confirmed" }),
    ]);
    expect(rows.map((r) => [r.title, r.outcome?.words ?? null])).toEqual([
      ["Created", "Saved on the lock"],
      ["Changed in the Nuki app", null],
      ["Put back as the host set it", "Saved on the lock"],
    ]);
  });

  it("shows a code gone without being asked as its own row, and a deletion's end as the deletion's", () => {
    expect(fold([event({ action: "create" }), event({ type: "confirmed" }), event({ type: "gone" })]).map((r) => r.title)).toEqual(["Created", "Gone from the lock"]);
    const deleted = fold([event({ action: "delete" }), event({ type: "attempt", httpStatus: 204 }), event({ type: "confirmed", action: "delete" })]);
    expect(deleted).toHaveLength(1);
    expect(deleted[0]!.outcome).toEqual({ words: "Gone from the lock, as asked", tone: "good" });
  });

  it("settles a take-over at once and says when a row is still on its way or was replaced", () => {
    const rows = fold([event({ type: "adopted", action: "keep" }), event({ action: "update" }), event({ action: "update" })]);
    expect(rows.map((r) => r.title)).toEqual(["Kept as it is on the lock", "Changed", "Changed"]);
    expect(rows[0]!.outcome?.words).toBe("Saved on the lock");
    expect(pendingWords(rows, 1, t)).toBe("Replaced by the next change");
    expect(pendingWords(rows, 2, t)).toBe("On its way to the lock");
  });
});

describe("historyRows with details Keyhost keeps as values", () => {
  it("words them in the host's language, and shows older sentences as they were written", () => {
    const events = [
      event({ action: "create", detail: storeDetail({ key: "create", name: "Ana" }) }),
      event({ action: "update", detail: storeDetail({ key: "changes", changes: [{ field: "enabled", after: false }, { field: "validUntil", before: "2026-12-12T11:00", after: "2027-01-02T11:00" }], year: 2026 }) }),
      event({ type: "adopted", action: "keep", detail: storeDetail({ key: "kept", drift: [{ field: "code", wanted: "345678", actual: "456789" }] }) }),
      event({ action: "delete", detail: "Delete “Ana”." }),
    ];
    expect(fold(events).map((r) => r.detail)).toEqual([
      "Create “Ana”.",
      "Disabled; Valid until 12 Dec 11:00 → 2 Jan 2027 11:00.",
      "Kept as it is on the lock (code changed).",
      "Delete “Ana”.",
    ]);
    expect(historyRows(events, translateIn("de", "pins"), "de").map((r) => [r.title, r.detail])).toEqual([
      ["Erstellt", "„Ana“ erstellen."],
      ["Geändert", "Deaktiviert; Gültig bis 12. Dez. 11:00 → 2. Jan. 2027 11:00."],
      ["So behalten, wie es auf dem Schloss ist", "So behalten, wie es auf dem Schloss ist (Code geändert)."],
      ["Gelöscht", "Delete “Ana”."],
    ]);
  });

  it("words the engine's attempts and checks in the host's language", () => {
    const events = [
      event({ type: "drift", actor: "Keyhost", detail: storeDetail({ key: "seen", fields: ["enabled"], repairing: true }) }),
      event({ type: "repaired", actor: "Keyhost", action: "update", detail: storeDetail({ key: "autoRepair" }) }),
      event({ type: "attempt", actor: "Keyhost", action: "update", httpStatus: 503, detail: storeDetail({ key: "attempt", n: 1, result: "busy", status: 503 }) }),
      event({ type: "attempt", actor: "Keyhost", action: "update", httpStatus: 204, detail: storeDetail({ key: "attempt", n: 2, result: "accepted" }) }),
      event({ type: "confirmed", actor: "Keyhost", action: "update", detail: storeDetail({ key: "listed" }) }),
    ];
    expect(fold(events).map((r) => r.detail)).toEqual(["Seen on the lock: enabled differs. Repairing automatically.", "Re-applying what the host set (automatic repair)."]);
    const german = historyRows(events, translateIn("de", "pins"), "de");
    expect(german.map((r) => r.detail)).toEqual([
      "Auf dem Schloss festgestellt: Aktivierung weicht ab. Wird automatisch repariert.",
      "Die eingestellten Werte werden erneut übertragen (automatische Reparatur).",
    ]);
    expect(german[1]!.attempts.map((a) => detailWords(a.detail, translateIn("de", "pins"), "de"))).toEqual([
      "Versuch 1: Nuki antwortete 503; es wird gleich erneut versucht.",
      "Versuch 2: von Nuki angenommen.",
    ]);
  });

  it("never keeps a code's digits", () => {
    expect(storeDetail({ key: "kept", drift: [{ field: "code", wanted: "345678", actual: "456789" }] })).not.toMatch(/345678|456789/);
  });
});
