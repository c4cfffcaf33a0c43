import { formatLocalInstant } from "@/lib/time/format-instant";
import type { Lock } from "./types";

/** "last seen 5 Dec 2026, 21:03", in the lock's zone: an offline lock is described as of then. */
export function lastSeenWords(lastSeenAt: string, zone: string): string {
  return `last seen ${formatLocalInstant(lastSeenAt, zone)}`;
}

/** The lock and door state; for an offline lock, plainly as of when Nuki last heard from it, not as live. */
export function lockStateWords(lock: Pick<Lock, "online" | "lastSeenAt" | "timeZone">, state: string): string {
  if (lock.online) return state;
  return lock.lastSeenAt ? `Offline, ${lastSeenWords(lock.lastSeenAt, lock.timeZone)}. Then: ${state}` : `Offline. Last known: ${state}`;
}
