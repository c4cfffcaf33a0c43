/** Days of the week in Nuki's order, Monday first. */
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Nuki's lock-local weekday bits: Mon 64 … Sun 1. */
const BITS: Record<Weekday, number> = { mon: 64, tue: 32, wed: 16, thu: 8, fri: 4, sat: 2, sun: 1 };
export const EVERY_DAY_MASK = 127;

export function weekdaysToMask(days: readonly Weekday[]): number {
  return days.reduce((mask, day) => mask | BITS[day], 0);
}

/** 0, null and missing all mean "no weekday restriction" on Nuki's side. */
export function maskToWeekdays(mask: number | null | undefined): Weekday[] {
  if (!mask) return [...WEEKDAYS];
  return WEEKDAYS.filter((day) => (mask & BITS[day]) !== 0);
}

export function isEveryDay(days: readonly Weekday[]): boolean {
  return WEEKDAYS.every((day) => days.includes(day));
}
