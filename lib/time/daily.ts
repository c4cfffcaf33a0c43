/** `HH:mm`, 00:00–23:59. A daily window ends at most at 23:59, the last minute Nuki can hold (1439). */
const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isTimeOfDay(value: string): boolean {
  return TIME_OF_DAY.test(value);
}

/** Lock-local `HH:mm` → minutes after midnight, as Nuki's `allowedFromTime`/`allowedUntilTime`. */
export function timeOfDayToMinutes(value: string): number {
  const m = TIME_OF_DAY.exec(value);
  if (!m) throw new RangeError(`Not a time of day: ${value}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

export function minutesToTimeOfDay(minutes: number): string {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > 1439) throw new RangeError(`Not minutes of a day: ${minutes}`);
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
