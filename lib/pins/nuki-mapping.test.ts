import { describe, expect, it } from "vitest";
import { errorText } from "@/lib/i18n/translate";
import type { NukiAuth } from "@/lib/nuki/schemas";
import { mergePinPatch, nukiPayloadFromPin, pinFromNukiAuth } from "./nuki-mapping";
import type { PinState } from "./schema";

const now = new Date("2026-11-23T10:00:00.000Z");
const every = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as PinState["weekdays"];
const stay: PinState = {
  name: "Weekend Guest",
  code: "354879",
  enabled: true,
  validFrom: "2027-01-08T15:00",
  validUntil: "2027-01-10T11:00",
  weekdays: every,
  dailyFrom: null,
  dailyUntil: null,
};

function payload(state: PinState, zone: string) {
  const result = nukiPayloadFromPin(state, zone, now);
  if (!result.ok) throw new Error(result.message);
  return result.payload;
}

describe("nukiPayloadFromPin", () => {
  it("converts a Sydney stay to UTC instants and always sends every field", () => {
    expect(payload(stay, "Australia/Sydney")).toEqual({
      name: "Weekend Guest",
      code: 354879,
      enabled: true,
      remoteAllowed: false,
      allowedFromDate: "2027-01-08T04:00:00.000Z",
      allowedUntilDate: "2027-01-10T00:00:00.000Z",
      allowedWeekDays: 127,
      allowedFromTime: 0,
      allowedUntilTime: 0,
    });
  });

  it("keeps daily hours and weekdays lock-local", () => {
    const p = payload({ ...stay, weekdays: ["mon", "tue", "wed", "thu", "fri"], dailyFrom: "08:00", dailyUntil: "18:00" }, "America/New_York");
    expect(p).toMatchObject({ allowedWeekDays: 124, allowedFromTime: 480, allowedUntilTime: 1080 });
  });

  it("starts a restriction without a start date now, since Nuki ignores it otherwise", () => {
    const p = payload({ ...stay, validFrom: null, validUntil: null, dailyFrom: "08:00", dailyUntil: "18:00" }, "Europe/Berlin");
    expect(p.allowedFromDate).toBe(now.toISOString());
    const days = payload({ ...stay, validFrom: null, validUntil: null, weekdays: ["sat", "sun"] }, "Europe/Berlin");
    expect(days).toMatchObject({ allowedFromDate: now.toISOString(), allowedWeekDays: 3 });
    expect(payload({ ...stay, validFrom: null, validUntil: null }, "Europe/Berlin").allowedFromDate).toBeNull();
  });

  it("refuses a time in the spring-forward gap, naming the field and the next valid time", () => {
    expect(nukiPayloadFromPin({ ...stay, validFrom: "2026-03-29T02:30", validUntil: "2026-03-30T11:00" }, "Europe/Berlin", now)).toEqual({
      ok: false,
      field: "validFrom",
      message: "2026-03-29 02:30 does not exist in Europe/Berlin: the clocks jump forward. Use 2026-03-29 03:00 instead.",
      values: { wall: "2026-03-29 02:30", zone: "Europe/Berlin", next: "2026-03-29 03:00" },
    });
    // The API's answer words it from the values, in the request's language.
    const values = { wall: "2026-03-29 02:30", zone: "Europe/Berlin", next: "2026-03-29 03:00" };
    expect(errorText("en", "clockGap", values)).toBe("2026-03-29 02:30 does not exist in Europe/Berlin: the clocks jump forward. Use 2026-03-29 03:00 instead.");
    expect(errorText("de", "clockGap", values)).toBe("2026-03-29 02:30 gibt es in Europe/Berlin nicht: Die Uhren werden vorgestellt. Nutzen Sie stattdessen 2026-03-29 03:00.");
    const until = nukiPayloadFromPin({ ...stay, validFrom: "2026-10-01T10:00", validUntil: "2026-10-04T02:15" }, "Australia/Sydney", now);
    expect(until).toMatchObject({ ok: false, field: "validUntil" });
  });

  it("takes the earlier of two fall-back instants and says so", () => {
    const result = nukiPayloadFromPin({ ...stay, validFrom: "2026-11-01T01:30", validUntil: "2026-11-03T11:00" }, "America/New_York", now);
    expect(result.ok && result.payload.allowedFromDate).toBe("2026-11-01T05:30:00.000Z");
    expect(result.ok && result.notes).toEqual(["2026-11-01 01:30 occurs twice in America/New_York; using the first (UTC-04:00)."]);
  });
});

describe("pinFromNukiAuth", () => {
  const auth: NukiAuth = {
    id: "a".repeat(24),
    smartlockId: 1,
    type: 13,
    name: "Cleaner",
    enabled: true,
    code: 354879,
    allowedFromDate: "2026-12-01T07:00:00.000Z",
    allowedUntilDate: null,
    allowedWeekDays: 124,
    allowedFromTime: 480,
    allowedUntilTime: 1080,
    lastActiveDate: "2026-11-20T08:03:00.000Z",
  };

  it("shows dates in the lock's zone and keeps daily hours as they are", () => {
    expect(pinFromNukiAuth(auth, "Europe/Berlin")).toEqual({
      id: "a".repeat(24),
      name: "Cleaner",
      code: "354879",
      enabled: true,
      validFrom: "2026-12-01T08:00",
      validUntil: null,
      weekdays: ["mon", "tue", "wed", "thu", "fri"],
      dailyFrom: "08:00",
      dailyUntil: "18:00",
      lastUsedAt: "2026-11-20T08:03:00.000Z",
    });
  });

  it("reads 0/0 times and a missing mask as no restriction", () => {
    const pin = pinFromNukiAuth({ ...auth, allowedFromTime: 0, allowedUntilTime: 0, allowedWeekDays: null }, "UTC");
    expect(pin).toMatchObject({ dailyFrom: null, dailyUntil: null, weekdays: every });
  });
});

describe("round trip", () => {
  it.each([
    ["Australia/Sydney", stay],
    ["Pacific/Auckland", { ...stay, weekdays: ["fri", "sat"], dailyFrom: "09:30", dailyUntil: "21:45" } as PinState],
    ["Asia/Kathmandu", { ...stay, enabled: false, validUntil: null }],
    ["America/St_Johns", { ...stay, validFrom: "2026-03-08T03:00", validUntil: "2026-11-01T01:30" }],
  ])("%s keeps every field through Nuki and back", (zone, state) => {
    const p = payload(state, zone);
    const back = pinFromNukiAuth({ ...p, id: "b".repeat(24), smartlockId: 1, type: 13, enabled: p.enabled ?? true }, zone);
    expect({ ...back, id: undefined, lastUsedAt: undefined }).toEqual({ ...state, id: undefined, lastUsedAt: undefined });
  });
});

describe("mergePinPatch", () => {
  it("keeps what the patch leaves out and clears what it sets to null", () => {
    expect(mergePinPatch(stay, { name: "Renamed" })).toEqual({ ...stay, name: "Renamed" });
    expect(mergePinPatch(stay, { validUntil: null })).toEqual({ ...stay, validUntil: null });
    expect(mergePinPatch(stay, { enabled: false })).toEqual({ ...stay, enabled: false });
  });
});
