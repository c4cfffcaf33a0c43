import "server-only";
import { formatInTimeZone, fromZonedTime } from "date-fns-tz";

/** Wall-clock helpers for seeding windows in each lock's own zone. */

/** The lock-local calendar date `dayOffset` days from the local "today" of `nowMs`, as yyyy-MM-dd. */
export function localDate(nowMs: number, zone: string, dayOffset: number): string {
  const today = formatInTimeZone(nowMs, zone, "yyyy-MM-dd");
  const noon = new Date(`${today}T12:00:00Z`);
  noon.setUTCDate(noon.getUTCDate() + dayOffset);
  return noon.toISOString().slice(0, 10);
}

/** The UTC instant of `HH:mm` lock-local time on that day. */
export function localInstant(nowMs: number, zone: string, dayOffset: number, time: string): Date {
  return fromZonedTime(`${localDate(nowMs, zone, dayOffset)}T${time}:00`, zone);
}

/** Nuki's weekday bit of a lock-local day: Mon 64 … Sun 1. */
export function weekdayBit(nowMs: number, zone: string, dayOffset: number): number {
  const day = new Date(`${localDate(nowMs, zone, dayOffset)}T12:00:00Z`).getUTCDay(); // 0 = Sunday
  return day === 0 ? 1 : 1 << (7 - day);
}
