import { describe, expect, it } from "vitest";
import { filterPins, foldText, isActiveNow, isExpired, isPinFilter, isUpcoming, matchesFilter, matchesSearch, PIN_FILTERS, type PinFilter } from "./filter";
import { WEEKDAYS, type Pin } from "./types";

const ALL = [...WEEKDAYS];
const pin = (over: Partial<Pin> = {}): Pin => ({
  id: "p", name: "Anna", code: "482915", enabled: true, validFrom: null, validUntil: null, weekdays: ALL,
  dailyFrom: null, dailyUntil: null, lastUsedAt: null, status: "saved", managed: true, ...over,
});
// Monday 23 Nov 2026, 10:00 UTC: 11:00 in Berlin, 21:00 in Sydney, 05:00 in New York.
const NOW = new Date("2026-11-23T10:00:00Z");
const BERLIN = "Europe/Berlin";

describe("PIN windows on the lock's clock", () => {
  it("expires when validUntil has passed in the lock's zone, not the viewer's", () => {
    const until = pin({ validUntil: "2026-11-23T12:00" });
    expect(isExpired(until, NOW, BERLIN)).toBe(false); // 11:00 in Berlin
    expect(isExpired(until, NOW, "Australia/Sydney")).toBe(true); // 21:00 in Sydney
    expect(isExpired(pin({ validUntil: "2026-11-23T11:00" }), NOW, BERLIN)).toBe(true); // the end itself is outside
    expect(isExpired(pin(), NOW, BERLIN)).toBe(false);
  });

  it("is upcoming while validFrom lies ahead, only when enabled", () => {
    expect(isUpcoming(pin({ validFrom: "2026-11-23T15:00" }), NOW, BERLIN)).toBe(true);
    expect(isUpcoming(pin({ validFrom: "2026-11-23T15:00" }), NOW, "Australia/Sydney")).toBe(false);
    expect(isUpcoming(pin({ validFrom: "2026-11-23T15:00", enabled: false }), NOW, BERLIN)).toBe(false);
    expect(isUpcoming(pin({ validFrom: "2026-11-23T11:00" }), NOW, BERLIN)).toBe(false);
  });

  it("is active now inside its dates on one of its days, whatever its daily hours", () => {
    expect(isActiveNow(pin(), NOW, BERLIN)).toBe(true);
    expect(isActiveNow(pin({ validFrom: "2026-11-22T15:00", validUntil: "2026-11-26T11:00" }), NOW, BERLIN)).toBe(true);
    expect(isActiveNow(pin({ weekdays: ["mon"] }), NOW, BERLIN)).toBe(true);
    // Still Sunday night in New York.
    expect(isActiveNow(pin({ weekdays: ["mon"] }), new Date("2026-11-23T03:00:00Z"), "America/New_York")).toBe(false);
    expect(isActiveNow(pin({ weekdays: ["tue", "wed"] }), NOW, BERLIN)).toBe(false);
    expect(isActiveNow(pin({ dailyFrom: "18:00", dailyUntil: "20:00" }), NOW, BERLIN)).toBe(true);
    expect(isActiveNow(pin({ enabled: false }), NOW, BERLIN)).toBe(false);
    expect(isActiveNow(pin({ validUntil: "2026-11-23T10:59" }), NOW, BERLIN)).toBe(false);
    expect(isActiveNow(pin({ validFrom: "2026-11-23T11:01" }), NOW, BERLIN)).toBe(false);
  });
});

describe("filterPins", () => {
  const pins = {
    open: pin({ id: "open" }),
    stay: pin({ id: "stay", validFrom: "2026-11-22T15:00", validUntil: "2026-11-25T11:00" }),
    next: pin({ id: "next", validFrom: "2026-11-29T15:00", validUntil: "2026-12-02T11:00" }),
    past: pin({ id: "past", validFrom: "2026-11-10T15:00", validUntil: "2026-11-14T11:00" }),
    pastOff: pin({ id: "pastOff", enabled: false, validUntil: "2026-11-01T11:00" }),
    off: pin({ id: "off", enabled: false }),
    failed: pin({ id: "failed", status: "failed", validFrom: "2026-11-29T15:00" }),
    drifted: pin({ id: "drifted", status: "drifted" }),
    pending: pin({ id: "pending", status: "pending" }),
  };
  const list = Object.values(pins);
  const ids = (filter: PinFilter) => filterPins(list, filter, NOW, BERLIN).map((p) => p.id);

  it.each<[PinFilter, string[]]>([
    ["all", Object.keys(pins)],
    ["active", ["open", "stay", "drifted", "pending"]],
    ["upcoming", ["next", "failed"]],
    ["expired", ["past", "pastOff"]],
    ["disabled", ["pastOff", "off"]],
    ["problems", ["failed", "drifted"]],
  ])("%s", (filter, want) => {
    expect(ids(filter)).toEqual(want);
  });

  it("knows its filters and nothing else", () => {
    expect(PIN_FILTERS.every(isPinFilter)).toBe(true);
    expect(isPinFilter("deleted")).toBe(false);
    expect(isPinFilter(undefined)).toBe(false);
    expect(matchesFilter(pins.open, "all", NOW, BERLIN)).toBe(true);
  });
});

describe("matchesSearch", () => {
  it.each([
    ["", true], ["  ", true], ["anna", true], ["ANN", true], ["nn", true], ["Bob", false],
    ["4829", true], ["915", true], ["482915", true], ["4829150", false], ["111", false],
  ])("Anna 482915 and %j → %s", (query, want) => {
    expect(matchesSearch(pin(), query)).toBe(want);
  });

  it("ignores accents and case on both sides", () => {
    expect(matchesSearch(pin({ name: "Zoë Müller" }), "zoe muller")).toBe(true);
    expect(matchesSearch(pin({ name: "Zoe Muller" }), "ZOË")).toBe(true);
    expect(matchesSearch(pin({ name: "José 2" }), "2")).toBe(true); // digits also match names
    expect(foldText("Ångström")).toBe("angstrom");
  });
});
