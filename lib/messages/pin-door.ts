import type { Locale } from "@/lib/i18n/config";
import type { Pin } from "@/lib/pins/types";
import { describeWeekdays } from "@/lib/pins/describe-window";
import { isEveryDay } from "@/lib/time/weekdays";
import type { GuestMessageData, GuestMessageDoor } from "./template";

type PinWindow = Pick<Pin, "validFrom" | "validUntil" | "weekdays" | "dailyFrom" | "dailyUntil">;

/** The name of the day at `index` in WEEKDAYS (Monday first) in the language; weekdayName counts from Sunday. */
/** "Mon–Fri 08:00–18:00", "Sat, Sun", "10:00–16:00" (German "Mo.–Fr. 08:00–18:00"), or null when the PIN works all day every day. */
export function describeHours(pin: Pick<Pin, "weekdays" | "dailyFrom" | "dailyUntil">, locale: Locale = "en"): string | null {
  const days = isEveryDay(pin.weekdays) ? null : describeWeekdays(pin.weekdays, locale);
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
