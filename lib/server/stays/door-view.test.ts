import { describe, expect, it } from "vitest";
import type { Pin } from "@/lib/pins/types";
import { doorsBusy } from "@/lib/stays/queries";
import { errorText } from "@/lib/i18n/translate";
import { doorView, NO_KEYPAD, refusalProblem, UNREACHABLE } from "./door-view";
import type { LockData } from "@/lib/engine/lock-data";
import { OPEN_GUEST_PIN, savedPin } from "@/test/pin-fixtures";

const lock: LockData = { lockId: 1, name: "Front Door", zone: "Europe/Berlin", online: true, keypadPaired: true, listed: [] };
const pin = (over: Partial<Pin>): Pin => ({
  ...savedPin("p1", { ...OPEN_GUEST_PIN, name: "Anna 8 Jan", code: "583926", validFrom: "2027-01-08T15:00", validUntil: "2027-01-10T11:00" }),
  ...over,
});

describe("a stay's door", () => {
  it("shows its PIN's status and window in the lock's zone", () => {
    expect(doorView({ lockId: 1, pinId: "p1", problem: null }, lock, [pin({ status: "drifted" })])).toEqual({
      lockId: 1, lockName: "Front Door", timeZone: "Europe/Berlin", pinId: "p1", status: "drifted", validFrom: "2027-01-08T15:00", validUntil: "2027-01-10T11:00",
    });
    expect(doorView({ lockId: 1, pinId: "p1", problem: null }, lock, [pin({ status: "failed", statusReason: "The lock is offline." })])).toMatchObject({ status: "failed", statusReason: "The lock is offline." });
  });

  it("says why a door has no PIN, or no longer has one", () => {
    expect(doorView({ lockId: 1, pinId: null, problem: NO_KEYPAD }, lock, [])).toMatchObject({ status: "no_keypad", validFrom: null });
    expect(doorView({ lockId: 1, pinId: null, problem: "Nuki refused this PIN." }, lock, [])).toMatchObject({ status: "refused", statusReason: "Nuki refused this PIN." });
    expect(doorView({ lockId: 1, pinId: "p1", problem: null }, lock, [pin({ id: "other" })])).toMatchObject({ status: "gone" });
    expect(doorView({ lockId: 9, pinId: "p1", problem: null }, undefined, [])).toMatchObject({ lockName: "Lock 9", status: "gone", statusReason: "This lock is no longer in your Nuki account." });
  });

  it("says it in the reader's language, also for a reason stored earlier", () => {
    expect(doorView({ lockId: 1, pinId: null, problem: NO_KEYPAD }, lock, [], "de")).toMatchObject({ statusReason: "Mit dieser Tür ist kein Keypad gekoppelt, daher bekommt sie keine PIN." });
    expect(doorView({ lockId: 1, pinId: null, problem: UNREACHABLE }, lock, [])).toMatchObject({ status: "refused", statusReason: "Nuki could not be reached for this door." });
    expect(doorView({ lockId: 1, pinId: null, problem: UNREACHABLE }, lock, [], "de")).toMatchObject({ statusReason: "Nuki war für diese Tür nicht erreichbar." });
    expect(doorView({ lockId: 1, pinId: null, problem: "Nuki refused this PIN." }, lock, [])).toMatchObject({ statusReason: "Nuki refused this PIN." });
    const refused = refusalProblem("noSuchPin");
    expect(doorView({ lockId: 1, pinId: null, problem: refused }, lock, [])).toMatchObject({ statusReason: errorText("en", "noSuchPin") });
    expect(doorView({ lockId: 1, pinId: null, problem: refused }, lock, [], "de")).toMatchObject({ statusReason: errorText("de", "noSuchPin") });
    expect(errorText("de", "noSuchPin")).not.toBe(errorText("en", "noSuchPin"));
    expect(doorView({ lockId: 17923456781, pinId: "p1", problem: null }, undefined, [], "de")).toMatchObject({ lockName: "Schloss 17923456781", statusReason: "Dieses Schloss ist nicht mehr in Ihrem Nuki-Konto." });
  });

  it("keeps the stay page polling only while a door's write is on its way", () => {
    const door = doorView({ lockId: 1, pinId: "p1", problem: null }, lock, [pin({})]);
    expect(doorsBusy({ doors: [door] })).toBe(false);
    expect(doorsBusy({ doors: [door, { ...door, status: "pending" }] })).toBe(true);
    expect(doorsBusy({ doors: [{ ...door, status: "deleting" }] })).toBe(true);
    expect(doorsBusy(undefined)).toBe(false);
  });
});
