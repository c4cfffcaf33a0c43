import "server-only";
import { localInstant, weekdayBit } from "./local-time";
import { seededObjectId } from "./random";
import type { SimAuth, SimLock, SimLogEntry } from "./types";

export type PinKind = "active" | "upcoming" | "expired" | "cleaner" | "owner";

/** Lock-local day offsets and base times at which each kind of code was typed in. */
function visits(kind: PinKind, nowMs: number, zone: string): { day: number; time: string }[] {
  const stay = (first: number, last: number) =>
    Array.from({ length: last - first + 1 }, (_, i) => first + i).flatMap((day) =>
      day === first
        ? [{ day, time: "15:40" }]
        : day === last
          ? [{ day, time: "09:30" }]
          : [
              { day, time: "10:10" },
              { day, time: "19:20" },
            ],
    );
  if (kind === "active") return stay(-1, 3);
  if (kind === "expired") return stay(-12, -8);
  if (kind === "cleaner") {
    return Array.from({ length: 21 }, (_, i) => -21 + i)
      .filter((day) => (weekdayBit(nowMs, zone, day) & 124) !== 0)
      .map((day) => ({ day, time: "08:50" }));
  }
  if (kind === "owner") return [-28, -21, -14, -7, -3].map((day) => ({ day, time: "17:10" }));
  return [];
}

function withJitter(date: Date, random: () => number, maxMinutes: number): Date {
  return new Date(date.getTime() + Math.floor(random() * maxMinutes) * 60_000);
}

/**
 * Plausible keypad activity for one lock: each code typed in within its window, each followed by
 * the lock's auto-lock a few minutes later. Nothing after `untilMs` (now, or when the lock went offline).
 */
export function demoLogs(
  lock: SimLock,
  pins: { auth: SimAuth; kind: PinKind }[],
  nowMs: number,
  untilMs: number,
  random: () => number,
): SimLogEntry[] {
  const entries: SimLogEntry[] = [];
  const base = { smartlockId: lock.smartlockId, deviceType: 0, autoUnlock: false, state: 0 };
  for (const { auth, kind } of pins) {
    const from = auth.allowedFromDate ? Date.parse(auth.allowedFromDate) : -Infinity;
    const until = auth.allowedUntilDate ? Date.parse(auth.allowedUntilDate) : Infinity;
    for (const visit of visits(kind, nowMs, lock.zone)) {
      const unlock = withJitter(localInstant(nowMs, lock.zone, visit.day, visit.time), random, 15);
      const time = unlock.getTime();
      if (time < from || time >= until || time >= untilMs) continue;
      entries.push({
        ...base,
        id: seededObjectId(time, random),
        authId: auth.id,
        name: auth.name,
        action: 1,
        trigger: 255,
        source: 1,
        date: unlock.toISOString(),
      });
      const relock = new Date(time + (2 + Math.floor(random() * 3)) * 60_000);
      if (relock.getTime() >= untilMs) continue;
      entries.push({
        ...base,
        id: seededObjectId(relock.getTime(), random),
        name: "Auto Lock",
        action: 2,
        trigger: 6,
        source: 0,
        date: relock.toISOString(),
      });
    }
  }
  return entries;
}
