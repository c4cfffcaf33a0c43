import { isEveryDay } from "@/lib/time/weekdays";
import { describeWeekdays, formatWall } from "./describe-window";
import type { PinState } from "./schema";

const days = (value: readonly PinState["weekdays"][number][]) => (value.length === 0 ? "no days" : isEveryDay(value) ? "every day" : describeWeekdays(value));
const hours = (from: string | null, until: string | null) => (from || until ? `${from ?? "start of day"}–${until ?? "end of day"}` : "all day");

/**
 * What a change does to a PIN, field by field, in the lock's own time (wall times are lock-local already):
 * ["Valid until 12 Dec 11:00 → 14 Dec 11:00", "Name “A” → “B”"]. The code itself is never spelled out.
 * `year` is the current year on the lock's clock; dates in other years show theirs.
 */
export function describeChanges(before: PinState, after: PinState, year: number): string[] {
  const wall = (value: string | null, none: string) => (value ? formatWall(value, year) : none);
  const changes: string[] = [];
  if (before.name !== after.name) changes.push(`Name “${before.name}” → “${after.name}”`);
  if (before.code !== after.code) changes.push("Code changed");
  if (before.enabled !== after.enabled) changes.push(after.enabled ? "Enabled again" : "Disabled");
  if (before.validFrom !== after.validFrom) changes.push(`Valid from ${wall(before.validFrom, "no start")} → ${wall(after.validFrom, "no start")}`);
  if (before.validUntil !== after.validUntil) changes.push(`Valid until ${wall(before.validUntil, "no end")} → ${wall(after.validUntil, "no end")}`);
  if (days(before.weekdays) !== days(after.weekdays)) changes.push(`Days ${days(before.weekdays)} → ${days(after.weekdays)}`);
  const beforeHours = hours(before.dailyFrom, before.dailyUntil);
  const afterHours = hours(after.dailyFrom, after.dailyUntil);
  if (beforeHours !== afterHours) changes.push(`Daily hours ${beforeHours} → ${afterHours}`);
  return changes;
}

/** The history's sentence for a change: "Valid until 12 Dec 11:00 → 14 Dec 11:00." or that nothing differed. */
export function changeDetail(before: PinState, after: PinState, year: number): string {
  const changes = describeChanges(before, after, year);
  return changes.length ? `${changes.join("; ")}.` : "Sent again as it was; nothing differed.";
}

/** The current year on the lock's clock, so dates in it read without one. */
export function yearOnLock(zone: string, now: Date = new Date()): number {
  return Number(new Intl.DateTimeFormat("en", { timeZone: zone, year: "numeric" }).format(now));
}
