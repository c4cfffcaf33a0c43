import { isNoShow } from "@/lib/activity/no-show";
import type { PinUsage } from "@/lib/activity/usage";
import { MAX_BUFFER_MINUTES } from "@/lib/properties/schema";
import { wallTimeToInstant } from "@/lib/time/wall-time";

/** A door's window as its PIN has it: lock-local wall times and the lock's zone. */
export interface DoorWindow {
  validFrom: string | null;
  validUntil: string | null;
  zone: string;
}

/** A stay's code across its doors: first and last opening, and whether the guest has not come in yet. */
export interface StayUsage extends PinUsage {
  /** Check-in: the earliest instant (UTC) the code opens any door; null without a window. */
  checkInAt: string | null;
  noShow: boolean;
  /** The zone the times are shown in: the first door's, where the guest arrives. */
  zone: string;
}

function instant(wall: string | null, zone: string): number | null {
  if (!wall) return null;
  const result = wallTimeToInstant(wall, zone);
  return result.kind === "nonexistent" ? null : result.instant.getTime();
}

/** The stay's window as UTC instants: from the earliest door's start to the latest door's end. */
export function stayInstants(doors: DoorWindow[]): { from: number | null; until: number | null } {
  const froms = doors.map((d) => instant(d.validFrom, d.zone)).filter((t): t is number => t !== null);
  const untils = doors.map((d) => instant(d.validUntil, d.zone)).filter((t): t is number => t !== null);
  return { from: froms.length ? Math.min(...froms) : null, until: untils.length ? Math.max(...untils) : null };
}

/** One usage for the doors together: the earliest first use, the latest last use, complete only if every door's is. */
export function combineUsage(usages: PinUsage[]): PinUsage {
  const firsts = usages.map((u) => u.firstUsedAt).filter((t): t is string => t !== null).sort();
  const lasts = usages.map((u) => u.lastUsedAt).filter((t): t is string => t !== null).sort();
  return {
    firstUsedAt: firsts[0] ?? null,
    lastUsedAt: lasts.at(-1) ?? null,
    uses: usages.reduce((sum, u) => sum + u.uses, 0),
    complete: usages.every((u) => u.complete),
  };
}

export function stayUsage(usage: PinUsage, checkIn: number | null, now: number, delayMinutes: number, zone = "UTC"): StayUsage {
  return {
    ...usage,
    zone,
    checkInAt: checkIn === null ? null : new Date(checkIn).toISOString(),
    noShow: checkIn !== null && isNoShow({ validFrom: checkIn, firstUsedAt: usage.firstUsedAt, now, delayMinutes }),
  };
}

/** Stays whose usage a list shows: the window has begun and has not ended, so no finished stay costs a log read. */
export function isCurrent(window: { from: number | null; until: number | null }, now: number): boolean {
  return window.from !== null && window.from <= now && (window.until === null || now <= window.until);
}

const HOUR = 3_600_000;
/** A window starts at most this long before arrival's UTC midnight: the largest early buffer, in the zone furthest ahead of UTC (+14:00). */
const STARTS_BEFORE_ARRIVAL = MAX_BUFFER_MINUTES * 60_000 + 14 * HOUR;
/** A window ends at most this long after departure's UTC midnight: check-out before 24:00, the largest late buffer, in the zone furthest behind UTC (−12:00). */
const ENDS_AFTER_DEPARTURE = 24 * HOUR + MAX_BUFFER_MINUTES * 60_000 + 12 * HOUR;

/**
 * Whether a stay's window can be on now, from its dates alone: a stay's PINs get
 * `stayWindow(arrival, departure, property)`, which with any check-in/out time, any buffer the
 * property schema allows and any zone lies inside these bounds. A stay outside them is not
 * `isCurrent`, so the list need not read its doors or ledger records to find that out.
 * (A stay PIN's window edited by hand on the PIN page no longer follows the stay; the list goes by the stay's dates.)
 */
export function mayBeCurrent(stay: { arrival: string; departure: string }, now: number): boolean {
  const arrival = Date.parse(`${stay.arrival}T00:00:00Z`);
  const departure = Date.parse(`${stay.departure}T00:00:00Z`);
  return arrival - STARTS_BEFORE_ARRIVAL <= now && now <= departure + ENDS_AFTER_DEPARTURE;
}
