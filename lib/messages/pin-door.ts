import type { Pin } from "@/lib/pins/types";
import { describeWeekdays } from "@/lib/pins/describe-window";
import { isEveryDay } from "@/lib/time/weekdays";
import type { GuestMessageData, GuestMessageDoor } from "./template";

type PinWindow = Pick<Pin, "validFrom" | "validUntil" | "weekdays" | "dailyFrom" | "dailyUntil">;

/** "Mon–Fri 08:00–18:00", "Sat, Sun", "10:00–16:00", or null when the PIN works all day every day. */
export function describeHours(pin: Pick<Pin, "weekdays" | "dailyFrom" | "dailyUntil">): string | null {
  const days = isEveryDay(pin.weekdays) ? null : describeWeekdays(pin.weekdays);
  const hours = pin.dailyFrom && pin.dailyUntil ? `${pin.dailyFrom}–${pin.dailyUntil}` : null;
  return [days, hours].filter(Boolean).join(" ") || null;
}

export function doorFromPin(pin: PinWindow, lock: { name: string; timeZone: string }): GuestMessageDoor {
  return { name: lock.name, timeZone: lock.timeZone, validFrom: pin.validFrom, validUntil: pin.validUntil, hours: describeHours(pin) };
}

/** A plain PIN's message: the guest is the PIN's name and the one door is its lock. */
export function pinMessageData(pin: PinWindow & Pick<Pin, "name" | "code">, lock: { name: string; timeZone: string }, propertyName?: string): GuestMessageData {
  return { guestName: pin.name, code: pin.code, ...(propertyName ? { propertyName } : {}), doors: [doorFromPin(pin, lock)] };
}

/** Changes whenever a PIN's message would: its status, whether it is enabled, and what the message says. */
export function pinMessageVersion(pin: Pick<Pin, "status" | "enabled" | "name" | "code" | "validFrom" | "validUntil" | "weekdays" | "dailyFrom" | "dailyUntil">): string {
  return JSON.stringify([pin.status, pin.enabled, pin.name, pin.code, pin.validFrom, pin.validUntil, pin.weekdays, pin.dailyFrom, pin.dailyUntil]);
}
