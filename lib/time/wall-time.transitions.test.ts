import { expect, it } from "vitest";
import { NUKI_TIME_ZONES } from "./zones";
import { wallTimeToInstant } from "./wall-time";

/**
 * Every clock change of a year in every zone a lock can have (plus two with half-hour shifts),
 * checked minute by minute against a table built straight from Intl: which instants show each
 * wall time. This is independent of date-fns-tz, which wall-time.ts builds on.
 */
const HOUR = 3_600_000;
const MINUTE = 60_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function wallAt(zone: string, t: number): string {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("sv-SE", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    formatters.set(zone, f);
  }
  return f.format(t).replace(" ", "T");
}

const offsetAt = (zone: string, t: number) => Date.parse(`${wallAt(zone, t)}:00Z`) - t;

it("resolves every minute around every 2026 transition like Intl does", () => {
  let transitions = 0;
  for (const zone of [...NUKI_TIME_ZONES, "Australia/Lord_Howe", "America/Santiago"]) {
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += HOUR) {
      if (offsetAt(zone, t) === offsetAt(zone, t + HOUR)) continue;
      transitions++;
      const instantsOf = new Map<string, number[]>();
      for (let u = t - 4 * HOUR; u <= t + 5 * HOUR; u += MINUTE) {
        const wall = wallAt(zone, u);
        instantsOf.set(wall, [...(instantsOf.get(wall) ?? []), u]);
      }
      const walls = [...instantsOf.keys()].sort();
      const from = Date.parse(`${wallAt(zone, t - 2 * HOUR)}:00Z`);
      const to = Date.parse(`${wallAt(zone, t + 3 * HOUR)}:00Z`);
      for (let u = from; u <= to; u += MINUTE) {
        const wall = new Date(u).toISOString().slice(0, 16);
        const instants = instantsOf.get(wall) ?? [];
        const result = wallTimeToInstant(wall, zone);
        const where = `${zone} ${wall}`;
        if (instants.length === 0) expect(result, where).toEqual({ kind: "nonexistent", nextValid: walls.find((w) => w > wall) });
        else if (instants.length === 1) expect(result, where).toEqual({ kind: "ok", instant: new Date(instants[0]!) });
        else expect(result, where).toEqual({ kind: "ambiguous", instant: new Date(instants[0]!), later: new Date(instants[1]!) });
      }
    }
  }
  // Europe, North America, Oceania and the two extra zones change clocks twice a year each.
  expect(transitions).toBeGreaterThan(20);
}, 60_000);
