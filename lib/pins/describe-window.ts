import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/types";
import { WEEKDAYS, type Pin, type Weekday } from "@/lib/pins/types";
import { dayMonth, weekdayName } from "@/lib/time/names";
import { isEveryDay } from "@/lib/time/weekdays";

type Window = Pick<Pin, "validFrom" | "validUntil" | "weekdays" | "dailyFrom" | "dailyUntil">;

/** The name of the day at `index` in WEEKDAYS (Monday first); weekday names start on Sunday. */
const dayName = (index: number, locale: Locale) => weekdayName(locale, (index + 1) % 7);

/** "1 Dec 15:00" ("1. Dez. 15:00"), with the year only when it is not the current one. Wall times need no zone math. */
export function formatWall(wall: string, currentYear: number, locale: Locale = "en"): string {
  const [date = "", time = ""] = wall.split("T");
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return `${dayMonth(locale, day, month, year === currentYear ? null : year)} ${time}`;
}

/** Consecutive days as ranges: Mon–Fri; Mon, Wed, Fri; Sat–Sun (German: Mo.–Fr.). */
export function describeWeekdays(days: readonly Weekday[], locale: Locale = "en"): string {
  const indexes = WEEKDAYS.map((d, i) => (days.includes(d) ? i : -1)).filter((i) => i >= 0);
  const runs: number[][] = [];
  for (const i of indexes) {
    const last = runs.at(-1);
    if (last && last.at(-1) === i - 1) last.push(i);
    else runs.push([i]);
  }
  return runs
    .flatMap((run) => {
      const first = dayName(run[0]!, locale);
      const end = dayName(run.at(-1)!, locale);
      if (run.length === 1) return [first];
      if (run.length === 2) return [first, end];
      return [`${first}–${end}`];
    })
    .join(", ");
}

/**
 * "1 Dec 15:00 → 5 Dec 11:00 Europe/Berlin, Mon–Fri 08:00–18:00", or "Always".
 * `t` is the "pins" namespace's translator, `locale` the language it speaks.
 */
export function describeWindow(w: Window, zone: string, t: Translate, locale: Locale, now: Date = new Date()): string {
  const year = Number(new Intl.DateTimeFormat("en", { timeZone: zone, year: "numeric" }).format(now));
  const wall = (value: string) => formatWall(value, year, locale);
  const parts: string[] = [];
  if (w.validFrom && w.validUntil) parts.push(`${wall(w.validFrom)} → ${wall(w.validUntil)} ${zone}`);
  else if (w.validFrom) parts.push(t("window.from", { from: wall(w.validFrom), zone }));
  else if (w.validUntil) parts.push(t("window.until", { until: wall(w.validUntil), zone }));
  const days = isEveryDay(w.weekdays) ? null : describeWeekdays(w.weekdays, locale);
  const hours = w.dailyFrom && w.dailyUntil ? `${w.dailyFrom}–${w.dailyUntil}` : null;
  if (days || hours) parts.push([days ?? t("window.everyDay"), hours].filter(Boolean).join(" "));
  if (parts.length === 0) return t("window.always");
  if (parts.length === 2 || w.validFrom || w.validUntil) return parts.join(", ");
  return `${parts[0]} (${zone})`;
}
