import type { Locale } from "@/lib/i18n/config";
import type { Pin } from "@/lib/pins/types";
import { weekdayName } from "@/lib/time/names";
import { isEveryDay, WEEKDAYS, type Weekday } from "@/lib/time/weekdays";
import type { GuestMessageData, GuestMessageDoor } from "./template";

type PinWindow = Pick<Pin, "validFrom" | "validUntil" | "weekdays" | "dailyFrom" | "dailyUntil">;

/** The name of the day at `index` in WEEKDAYS (Monday first) in the language; weekdayName counts from Sunday. */
const dayName = (index: number, locale: Locale) => weekdayName(locale, (index + 1) % 7);

/** Consecutive days as ranges, in the guest's language: "Mon–Fri", "Sat, Sun" ("Mo.–Fr.", "Sa., So."). */
function describeDays(days: readonly Weekday[], locale: Locale): string {
  const runs: number[][] = [];
  WEEKDAYS.forEach((day, i) => {
    if (!days.includes(day)) return;
    const last = runs.at(-1);
    if (last && last.at(-1) === i - 1) last.push(i);
    else runs.push([i]);
  });
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

/** "Mon–Fri 08:00–18:00", "Sat, Sun", "10:00–16:00" (German "Mo.–Fr. 08:00–18:00"), or null when the PIN works all day every day. */
export function describeHours(pin: Pick<Pin, "weekdays" | "dailyFrom" | "dailyUntil">, locale: Locale = "en"): string | null {
  const days = isEveryDay(pin.weekdays) ? null : describeDays(pin.weekdays, locale);
  const hours = pin.dailyFrom && pin.dailyUntil ? `${pin.dailyFrom}–${pin.dailyUntil}` : null;
  return [days, hours].filter(Boolean).join(" ") || null;
}

export function doorFromPin(pin: PinWindow, lock: { name: string; timeZone: string }, locale: Locale = "en"): GuestMessageDoor {
  return { name: lock.name, timeZone: lock.timeZone, validFrom: pin.validFrom, validUntil: pin.validUntil, hours: describeHours(pin, locale) };
}

/** A plain PIN's message: the guest is the PIN's name and the one door is its lock; limits in the message's language. */
export function pinMessageData(pin: PinWindow & Pick<Pin, "name" | "code">, lock: { name: string; timeZone: string }, propertyName?: string, language: Locale = "en"): GuestMessageData {
  return { guestName: pin.name, code: pin.code, ...(propertyName ? { propertyName } : {}), doors: [doorFromPin(pin, lock, language)] };
}

/** Changes whenever a PIN's message would: its status, whether it is enabled, and what the message says. */
export function pinMessageVersion(pin: Pick<Pin, "status" | "enabled" | "name" | "code" | "validFrom" | "validUntil" | "weekdays" | "dailyFrom" | "dailyUntil">): string {
  return JSON.stringify([pin.status, pin.enabled, pin.name, pin.code, pin.validFrom, pin.validUntil, pin.weekdays, pin.dailyFrom, pin.dailyUntil]);
}
