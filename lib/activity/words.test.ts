import { describe, expect, it } from "vitest";
import type { NukiLog } from "@/lib/nuki/schemas";
import { translateIn } from "@/lib/i18n/translate";
import { actionWord, actionWords, entryKind, isKeypadLog, triggerWord, triggerWords, WRONG_CODE_STATE } from "./words";

const log = (over: Partial<NukiLog>): NukiLog => ({ id: "a".repeat(24), smartlockId: 1, action: 1, trigger: 255, state: 0, date: "2026-11-23T10:00:00.000Z", ...over });

describe("reading Nuki's log", () => {
  it("tells an opening by a code, a wrong code and other keypad events apart", () => {
    expect(entryKind(log({ authId: "b".repeat(24) }))).toBe("entry");
    expect(entryKind(log({ action: 3, authId: "b".repeat(24) }))).toBe("entry"); // unlatch
    expect(entryKind(log({ state: WRONG_CODE_STATE }))).toBe("wrong_code");
    expect(entryKind(log({ state: 1, authId: "b".repeat(24) }))).toBe("other"); // motor blocked
    expect(entryKind(log({ action: 2, authId: "b".repeat(24) }))).toBe("other"); // lock from the keypad
    expect(entryKind(log({}))).toBe("other"); // success without an auth
  });

  it("counts entries typed on the keypad by trigger or by source", () => {
    expect(isKeypadLog(log({}))).toBe(true);
    expect(isKeypadLog(log({ trigger: 0, source: 1 }))).toBe(true);
    expect(isKeypadLog(log({ trigger: 6, source: 0 }))).toBe(false); // auto lock
  });

  it("puts actions and triggers in words, numbers it does not know as numbers", () => {
    expect([actionWord(1), actionWord(3), actionWord(77)]).toEqual(["unlock", "unlatch", "action 77"]);
    expect([triggerWord(255), triggerWord(6), triggerWord(99)]).toEqual(["keypad", "auto lock", "trigger 99"]);
  });

  it("says the API's words in the host's language", () => {
    const en = translateIn("en", "activity");
    const de = translateIn("de", "activity");
    expect([actionWord(1), actionWord(4), actionWord(77)].map((w) => actionWords(w, en))).toEqual(["unlock", "lock 'n' go", "action 77"]);
    expect([actionWord(1), actionWord(241), actionWord(77)].map((w) => actionWords(w, de))).toEqual(["entriegeln", "Tür geschlossen", "Aktion 77"]);
    expect([triggerWord(255), triggerWord(6), triggerWord(99)].map((w) => triggerWords(w, de))).toEqual(["Keypad", "automatisch verriegelt", "Auslöser 99"]);
    expect(triggerWords("something new", de)).toBe("something new");
  });
});
