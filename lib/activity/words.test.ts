import { describe, expect, it } from "vitest";
import type { NukiLog } from "@/lib/nuki/schemas";
import { actionWord, entryKind, isKeypadLog, triggerWord, WRONG_CODE_STATE } from "./words";

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
});
