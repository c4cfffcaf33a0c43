import { describe, expect, it } from "vitest";
import { translateIn } from "@/lib/i18n/translate";
import { doorProblems, dueCheck, parseCheckHours, problemWords, type DoorFacts } from "./rules";

const en = translateIn("en", "checks");

const checkIn = new Date("2026-11-24T14:00:00Z");
const at = (iso: string) => new Date(iso);
const ready: DoorFacts = { lockId: 7, lockName: "Front door", status: "saved", codeSaved: true, online: true, batteryOk: true, keypadBatteryOk: true, keypadPaired: true };

describe("pre-arrival check rules", () => {
  it("sets the latest check time reached before check-in, none before the first or after check-in", () => {
    expect(dueCheck(checkIn, [24, 2], at("2026-11-23T13:59:00Z"))).toBeNull();
    expect(dueCheck(checkIn, [24, 2], at("2026-11-23T14:00:00Z"))).toEqual({ hoursBefore: 24, dueAt: at("2026-11-23T14:00:00Z") });
    expect(dueCheck(checkIn, [2, 24], at("2026-11-24T13:00:00Z"))).toEqual({ hoursBefore: 2, dueAt: at("2026-11-24T12:00:00Z") });
    expect(dueCheck(checkIn, [24, 2], checkIn)).toBeNull();
  });

  it("reads stored hours, falling back to 24 h and 2 h", () => {
    expect(parseCheckHours(null)).toEqual([24, 2]);
    expect(parseCheckHours("2,48,2")).toEqual([48, 2]);
    expect(parseCheckHours("0,x")).toEqual([24, 2]);
  });

  it("finds nothing on a ready door and names each problem with its one step", () => {
    expect(doorProblems(ready, en)).toEqual([]);
    expect(doorProblems({ ...ready, online: false, codeSaved: false, status: "pending" }, en).map((p) => p.kind)).toEqual(["offline"]);
    expect(doorProblems({ ...ready, codeSaved: false, status: "pending" }, en).map((p) => p.kind)).toEqual(["code_waiting"]);
    expect(doorProblems({ ...ready, codeSaved: false, status: "failed", keypadBatteryOk: false }, en).map((p) => p.kind)).toEqual(["code_failed", "keypad_battery"]);
    expect(doorProblems({ ...ready, codeSaved: false, status: "drifted", batteryOk: false }, en).map((p) => p.kind)).toEqual(["code_changed", "battery"]);
    expect(doorProblems({ ...ready, codeSaved: false, status: "no_pin", keypadPaired: false, keypadBatteryOk: false }, en).map((p) => p.kind)).toEqual(["no_keypad"]);
    const [offline] = doorProblems({ ...ready, online: false }, en);
    expect(offline).toMatchObject({ lockName: "Front door", fixPath: "/locks/7" });
    expect(offline?.fix).toMatch(/power/);
  });

  it("words a problem from its kind, in English or German", () => {
    expect(problemWords({ kind: "code_failed", lockName: "Front door" }, en)).toEqual({
      title: "The guest's code could not be saved on Front door.",
      fix: "Open the door and press Retry on the guest's code.",
    });
    const [offline] = doorProblems({ ...ready, online: false }, translateIn("de", "checks"));
    expect(offline).toMatchObject({ title: "Front door ist offline, daher kann der Code des Gastes es nicht erreichen oder geändert werden." });
    expect(problemWords({ kind: "no_keypad", lockName: "Haustür" }, translateIn("de", "checks")).fix).toBe("Koppeln Sie das Keypad in der Nuki-App mit dem Schloss.");
  });
});
