import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/types";
import { isEveryDay } from "@/lib/time/weekdays";
import { describeWeekdays, formatWall } from "./describe-window";
import type { PinState } from "./schema";
import type { Weekday } from "./types";

/**
 * One field a change made to a PIN, as the history keeps it: values rather than a sentence, so it reads
 * in the host's language whenever it is shown. The code itself is never kept, only that it changed.
 */
export type PinChange =
  | { field: "name"; before: string; after: string }
  | { field: "code" }
  | { field: "enabled"; after: boolean }
  | { field: "validFrom" | "validUntil"; before: string | null; after: string | null }
  | { field: "weekdays"; before: Weekday[]; after: Weekday[] }
  | { field: "daily"; before: [string | null, string | null]; after: [string | null, string | null] };

const sameDays = (a: readonly Weekday[], b: readonly Weekday[]) => a.length === b.length && a.every((day) => b.includes(day));
const hoursKey = (from: string | null, until: string | null) => (from || until ? `${from ?? ""}–${until ?? ""}` : "");

/** What a change does to a PIN, field by field, in the order the history names them. */
export function pinChanges(before: PinState, after: PinState): PinChange[] {
  const changes: PinChange[] = [];
  if (before.name !== after.name) changes.push({ field: "name", before: before.name, after: after.name });
  if (before.code !== after.code) changes.push({ field: "code" });
  if (before.enabled !== after.enabled) changes.push({ field: "enabled", after: after.enabled });
  if (before.validFrom !== after.validFrom) changes.push({ field: "validFrom", before: before.validFrom, after: after.validFrom });
  if (before.validUntil !== after.validUntil) changes.push({ field: "validUntil", before: before.validUntil, after: after.validUntil });
  if (!sameDays(before.weekdays, after.weekdays)) changes.push({ field: "weekdays", before: [...before.weekdays], after: [...after.weekdays] });
  if (hoursKey(before.dailyFrom, before.dailyUntil) !== hoursKey(after.dailyFrom, after.dailyUntil)) {
    changes.push({ field: "daily", before: [before.dailyFrom, before.dailyUntil], after: [after.dailyFrom, after.dailyUntil] });
  }
  return changes;
}

/**
 * The changes in words, in the lock's own time (wall times are lock-local already):
 * ["Valid until 12 Dec 11:00 → 14 Dec 11:00", "Name “A” → “B”"]. `year` is the current year on the
 * lock's clock when the change was made; dates in other years show theirs. `t` speaks "pins".
 */
export function describePinChanges(changes: readonly PinChange[], year: number, t: Translate, locale: Locale): string[] {
  const wall = (value: string | null, none: string) => (value ? formatWall(value, year, locale) : none);
  const days = (value: readonly Weekday[]) => (value.length === 0 ? t("changes.noDays") : isEveryDay(value) ? t("window.everyDay") : describeWeekdays(value, locale));
  const hours = ([from, until]: [string | null, string | null]) =>
    from || until ? `${from ?? t("changes.startOfDay")}–${until ?? t("changes.endOfDay")}` : t("changes.allDay");
  return changes.map((change) => {
    switch (change.field) {
      case "name":
        return t("changes.name", { before: change.before, after: change.after });
      case "code":
        return t("changes.code");
      case "enabled":
        return change.after ? t("changes.enabledAgain") : t("changes.disabled");
      case "validFrom":
        return t("changes.validFrom", { before: wall(change.before, t("changes.noStart")), after: wall(change.after, t("changes.noStart")) });
      case "validUntil":
        return t("changes.validUntil", { before: wall(change.before, t("changes.noEnd")), after: wall(change.after, t("changes.noEnd")) });
      case "weekdays":
        return t("changes.days", { before: days(change.before), after: days(change.after) });
      case "daily":
        return t("changes.dailyHours", { before: hours(change.before), after: hours(change.after) });
    }
  });
}

/** `describePinChanges` of two states of a PIN. */
export function describeChanges(before: PinState, after: PinState, year: number, t: Translate, locale: Locale): string[] {
  return describePinChanges(pinChanges(before, after), year, t, locale);
}

/** The history's sentence for a change: "Valid until 12 Dec 11:00 → 14 Dec 11:00." or that nothing differed. */
export function changeSentence(changes: readonly PinChange[], year: number, t: Translate, locale: Locale): string {
  const words = describePinChanges(changes, year, t, locale).join("; ");
  // A German day name ends in a full stop of its own ("Mo.–Fr."); the sentence does not take a second.
  return words ? (words.endsWith(".") ? words : `${words}.`) : t("changes.nothing");
}

/** `changeSentence` of two states of a PIN. */
export function changeDetail(before: PinState, after: PinState, year: number, t: Translate, locale: Locale): string {
  return changeSentence(pinChanges(before, after), year, t, locale);
}

/** The current year on the lock's clock, so dates in it read without one. */
export function yearOnLock(zone: string, now: Date = new Date()): number {
  return Number(new Intl.DateTimeFormat("en", { timeZone: zone, year: "numeric" }).format(now));
}
