import { timeOfDayToMinutes } from "@/lib/time/daily";

export interface StayTimes {
  /** Lock-local `HH:mm`. */
  checkInTime: string;
  checkOutTime: string;
  earlyMinutes: number;
  lateMinutes: number;
}

/** A calendar date plus a number of minutes, as a wall time: pure arithmetic, no zone involved. */
function wallTimeAt(date: string, minutes: number): string {
  const [y, m, d] = date.split("-").map(Number);
  const at = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) + minutes * 60_000);
  return at.toISOString().slice(0, 16);
}

/** The day (`YYYY-MM-DD`) a synced stay's code goes onto the doors: `leadDays` before arrival. */
export function doorsOn(arrival: string, leadDays: number): string {
  return new Date(Date.parse(`${arrival}T00:00:00Z`) - leadDays * 86_400_000).toISOString().slice(0, 10);
}

/**
 * From arrival at check-in (less the early buffer) to departure at check-out (plus the late
 * buffer), as wall times that mean the same clock reading at every door, in each door's own zone.
 */
export function stayWindow(arrival: string, departure: string, times: StayTimes): { validFrom: string; validUntil: string } {
  return {
    validFrom: wallTimeAt(arrival, timeOfDayToMinutes(times.checkInTime) - times.earlyMinutes),
    validUntil: wallTimeAt(departure, timeOfDayToMinutes(times.checkOutTime) + times.lateMinutes),
  };
}
