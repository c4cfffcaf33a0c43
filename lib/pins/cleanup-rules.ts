import type { Translate } from "@/lib/i18n/types";
import { localWallTime } from "@/lib/time/format-instant";
import type { Pin } from "./types";

/** A lock-local wall time `days` later, still as wall time (calendar days, whatever the clocks do). */
function addDays(wall: string, days: number): string {
  return new Date(Date.parse(`${wall}:00Z`) + days * 86_400_000).toISOString().slice(0, 16);
}

/** PINs whose window ended at least `afterDays` days ago on the lock's clock, not already being deleted. */
export function expiredPins<T extends Pick<Pin, "validUntil" | "status">>(pins: T[], now: Date, zone: string, afterDays = 0): T[] {
  const local = localWallTime(now, zone);
  return pins.filter((pin) => pin.status !== "deleting" && pin.validUntil !== null && addDays(pin.validUntil, afterDays) <= local);
}

/** "3 expired PINs on 2 locks", for the confirmation, with the "pins" namespace's translator. */
export function cleanupSummary(pins: { lockId?: number }[], t: Translate): string {
  const count = t("cleanup.summary", { count: pins.length });
  const locks = new Set(pins.map((p) => p.lockId).filter((id) => id !== undefined)).size;
  return locks > 0 ? t("cleanup.summaryOnLocks", { pins: count, locks }) : count;
}
