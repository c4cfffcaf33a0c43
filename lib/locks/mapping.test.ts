import { describe, expect, it } from "vitest";
import type { NukiSmartlock } from "@/lib/nuki/schemas";
import { translateIn } from "@/lib/i18n/translate";
import { connectionWarning, lockFromNuki, modelName, modelWords, pinWarnings, stateWords } from "./mapping";

const base: NukiSmartlock = {
  smartlockId: 17999999901,
  accountId: 1,
  type: 4,
  name: "Berlin Apartment",
  serverState: 0,
  config: { timezoneId: 37, keypadPaired: true, keypad2Paired: false },
  state: { state: 1, doorState: 2, batteryCritical: false, batteryCharge: 84, keypadBatteryCritical: false },
};

describe("lockFromNuki", () => {
  it("maps an ordinary online lock with a keypad", () => {
    expect(lockFromNuki(base, 4)).toEqual({
      id: 17999999901,
      name: "Berlin Apartment",
      model: "Smart Lock 3.0 or later",
      online: true,
      serverState: "ok",
      keypad: { paired: true, kind: "Keypad" },
      battery: { critical: false, charge: 84 },
      keypadBatteryCritical: false,
      timeZone: "Europe/Berlin",
      pinCount: 4,
      lockState: "locked",
      doorState: "door closed",
      lastSeenAt: null,
    });
  });

  it("keeps when Nuki last heard from the lock, for an offline lock's state as of then", () => {
    expect(lockFromNuki({ ...base, serverState: 4, updateDate: "2026-03-10T12:00:00Z" }, 0)).toMatchObject({ online: false, lastSeenAt: "2026-03-10T12:00:00.000Z" });
  });

  it("recognises Keypad 2, an offline lock and a critical battery without a charge", () => {
    const lock = lockFromNuki(
      { ...base, serverState: 4, config: { timezoneId: 40, keypad2Paired: true }, state: { batteryCritical: true } },
      0,
    );
    expect(lock.keypad).toEqual({ paired: true, kind: "Keypad 2" });
    expect(lock.online).toBe(false);
    expect(lock.serverState).toBe("offline");
    expect(lock.battery).toEqual({ critical: true, charge: null });
    expect(lock.timeZone).toBe("Europe/London");
    expect(lock.lockState).toBeNull();
  });

  it("falls back to UTC and an unknown state for values outside Nuki's tables", () => {
    const lock = lockFromNuki({ ...base, serverState: 9, config: { timezoneId: 99 } }, 0);
    expect(lock.timeZone).toBe("UTC");
    expect(lock.serverState).toBe("unknown");
    expect(lock.keypad.paired).toBe(false);
  });

  it("names every model Nuki documents", () => {
    expect([0, 1, 2, 3, 4].map(modelName)).toEqual([
      "Smart Lock 1.0/2.0",
      "Box",
      "Opener",
      "Smart Door",
      "Smart Lock 3.0 or later",
    ]);
    expect(modelName(7)).toBe("Nuki device (type 7)");
  });
});

const en = translateIn("en", "locks");
const de = translateIn("de", "locks");

describe("pinWarnings", () => {
  it("says what a missing keypad and an offline lock mean for PINs", () => {
    expect(pinWarnings({ keypad: { paired: false, kind: null }, online: false, serverState: "offline" }, en)).toEqual([
      "PINs cannot be added until a keypad is paired.",
      "Changes will apply when the lock is back online.",
    ]);
    expect(pinWarnings({ keypad: { paired: true, kind: "Keypad" }, online: true, serverState: "ok" }, en)).toEqual([]);
  });
});

describe("connectionWarning", () => {
  it("speaks of the lock's link to Nuki only", () => {
    expect(connectionWarning({ online: false, serverState: "offline" }, en)).toBe("Changes will apply when the lock is back online.");
    expect(connectionWarning({ online: false, serverState: "authInvalid" }, en)).toBe("Authorisation invalid: changes may not reach the lock.");
    expect(connectionWarning({ online: true, serverState: "ok" }, en)).toBeNull();
  });

  it("speaks German", () => {
    expect(connectionWarning({ online: false, serverState: "authInvalid" }, de)).toBe("Autorisierung ungültig: Änderungen erreichen das Schloss möglicherweise nicht.");
  });
});

describe("the lock's words in the host's language", () => {
  it("translates states and models the API gives in English, and keeps product names", () => {
    expect(stateWords({ lockState: "locked", doorState: "door closed" }, en)).toBe("locked · door closed");
    expect(stateWords({ lockState: "unlocked (lock ‘n’ go)", doorState: null }, de)).toBe("entriegelt (Lock ‘n’ Go)");
    expect(stateWords({ lockState: "locked", doorState: "door closed" }, de)).toBe("verriegelt · Tür geschlossen");
    expect(modelWords(modelName(4), de)).toBe("Smart Lock 3.0 oder neuer");
    expect(modelWords(modelName(7), de)).toBe("Nuki-Gerät (Typ 7)");
    expect(modelWords(modelName(2), de)).toBe("Opener");
    expect(modelWords(modelName(7), en)).toBe("Nuki device (type 7)");
  });
});
