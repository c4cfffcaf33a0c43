import { WEEKDAYS, type Pin, type Weekday } from "@/lib/pins/types";
import { DAY_NAMES, MONTHS } from "@/lib/time/names";
import { isEveryDay } from "@/lib/time/weekdays";

type Window = Pick<Pin, "validFrom" | "validUntil" | "weekdays" | "dailyFrom" | "dailyUntil">;

/** The name of the day at `index` in WEEKDAYS (Monday first); DAY_NAMES starts on Sunday. */
const dayName = (index: number) => DAY_NAMES[(index + 1) % 7];

/** "1 Dec 15:00", with the year only when it is not the current one. Wall times need no zone math. */
export function formatWall(wall: string, currentYear: number): string {
  const [date = "", time = ""] = wall.split("T");
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]}${year === currentYear ? "" : ` ${year}`} ${time}`;
}

/** Consecutive days as ranges: Mon–Fri; Mon, Wed, Fri; Sat–Sun. */
export function describeWeekdays(days: readonly Weekday[]): string {
  const indexes = WEEKDAYS.map((d, i) => (days.includes(d) ? i : -1)).filter((i) => i >= 0);
  const runs: number[][] = [];
  for (const i of indexes) {
    const last = runs.at(-1);
    if (last && last.at(-1) === i - 1) last.push(i);
    else runs.push([i]);
  }
  return runs
    .flatMap((run) => {
      const first = dayName(run[0]!);
      const end = dayName(run.at(-1)!);
      if (run.length === 1) return [first];
      if (run.length === 2) return [first, end];
      return [`${first}–${end}`];
    })
    .join(", ");
}

/** "1 Dec 15:00 → 5 Dec 11:00 Europe/Berlin, Mon–Fri 08:00–18:00", or "Always". */
export function describeWindow(w: Window, zone: string, now: Date = new Date()): string {
  const year = Number(new Intl.DateTimeFormat("en", { timeZone: zone, year: "numeric" }).format(now));
  const parts: string[] = [];
  if (w.validFrom && w.validUntil) parts.push(`${formatWall(w.validFrom, year)} → ${formatWall(w.validUntil, year)} ${zone}`);
  else if (w.validFrom) parts.push(`From ${formatWall(w.validFrom, year)} ${zone}`);
  else if (w.validUntil) parts.push(`Until ${formatWall(w.validUntil, year)} ${zone}`);
  const days = isEveryDay(w.weekdays) ? null : describeWeekdays(w.weekdays);
  const hours = w.dailyFrom && w.dailyUntil ? `${w.dailyFrom}–${w.dailyUntil}` : null;
  if (days || hours) parts.push([days ?? "every day", hours].filter(Boolean).join(" "));
  if (parts.length === 0) return "Always";
  if (parts.length === 2 || w.validFrom || w.validUntil) return parts.join(", ");
  return `${parts[0]} (${zone})`;
}
