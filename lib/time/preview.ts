import { formatInTimeZone } from "date-fns-tz";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/types";
import { dayMonth, weekdayName } from "./names";
import { isWallTime, wallTimeToInstant } from "./wall-time";

export type WallTimePreview =
  | { kind: "ok"; utc: string; viewer: string | null; note?: string }
  | { kind: "nonexistent"; message: string; nextValid: string };

/** "Fri 8 Jan 2027, 05:00" or "Fr. 8. Jan. 2027, 05:00": an instant on the clock of `zone`. */
export function instantText(instant: Date, zone: string, locale: Locale): string {
  const [year, month, day, isoWeekday, time] = formatInTimeZone(instant, zone, "yyyy M d i HH:mm").split(" ").map((part, i) => (i < 4 ? Number(part) : part)) as [number, number, number, number, string];
  return `${weekdayName(locale, isoWeekday % 7)} ${dayMonth(locale, day, month, year)}, ${time}`;
}

/** A wall time `YYYY-MM-DDTHH:mm` for reading: "2027-03-28 02:30" in English, "28. März 2027, 02:30" in German. */
export function wallTimeText(wall: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})$/.exec(wall);
  if (locale === "en" || !m) return wall.replace("T", " ");
  return `${dayMonth(locale, Number(m[3]), Number(m[2]), Number(m[1]))}, ${m[4]}`;
}

/**
 * What a lock-local wall time means elsewhere: the same instant in the viewer's zone (when it
 * differs) and in UTC, or why the time does not exist on that day. `t` speaks the `time` namespace.
 * null for what is no wall time yet (a half-typed field, "25:00"): the form's check says what is wrong.
 */
export function previewWallTime(wall: string, lockZone: string, viewerZone: string, t: Translate, locale: Locale): WallTimePreview | null {
  if (!isWallTime(wall)) return null;
  const result = wallTimeToInstant(wall, lockZone);
  if (result.kind === "nonexistent") {
    return {
      kind: "nonexistent",
      nextValid: result.nextValid,
      message: t("preview.gap", { wall: wallTimeText(wall, locale), zone: lockZone, next: wallTimeText(result.nextValid, locale) }),
    };
  }
  const sameZone = formatInTimeZone(result.instant, viewerZone, "xxx") === formatInTimeZone(result.instant, lockZone, "xxx");
  return {
    kind: "ok",
    utc: t("preview.utc", { when: instantText(result.instant, "UTC", locale) }),
    viewer: sameZone ? null : t("preview.viewer", { when: instantText(result.instant, viewerZone, locale), zone: viewerZone }),
    note: result.kind === "ambiguous" ? t("preview.twice", { zone: lockZone, time: formatInTimeZone(result.instant, lockZone, "HH:mm xxx") }) : undefined,
  };
}

/** The form's error for a wall time the clocks skip: the same words as the preview, pointing to the time to use. */
export function gapText(wall: string, zone: string, t: Translate, locale: Locale): string | null {
  if (!isWallTime(wall)) return null;
  const result = wallTimeToInstant(wall, zone);
  if (result.kind !== "nonexistent") return null;
  return t("preview.gapUse", { wall: wallTimeText(wall, locale), zone, next: wallTimeText(result.nextValid, locale) });
}
