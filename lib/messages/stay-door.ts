import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/types";
import type { Pin } from "@/lib/pins/types";
import { joinNames } from "./format";
import { doorFromPin } from "./pin-door";
import { pinReadiness, type Readiness } from "./readiness";
import type { GuestMessageData, GuestMessageDoor } from "./template";

/** One door of a stay as its message needs it: the lock, and its PIN as the lock's list shows it (null once gone). */
export interface StayMessageDoor {
  lockName: string;
  timeZone: string;
  pin: (Pick<Pin, "status" | "enabled" | "statusReason" | "drift" | "validFrom" | "validUntil" | "weekdays" | "dailyFrom" | "dailyUntil">) | null;
}

/**
 * Ready only when the code opens every door as the message says. Otherwise the reason (in the
 * host's language: `t` speaks "guestMessages") names the doors that are not there yet, each with why,
 * so the host knows which one to wait for.
 */
export function stayReadiness(doors: StayMessageDoor[], t: Translate): Readiness {
  if (doors.length === 0) return { ready: false, code: "pin_not_saved", reason: t("notReady.noDoors") };
  const gone: Readiness = { ready: false, code: "pin_not_saved", reason: t("notReady.noLongerOnDoor") };
  const waiting = doors.flatMap((door) => {
    const readiness = door.pin ? pinReadiness(door.pin, t) : gone;
    return readiness.ready ? [] : [{ name: door.lockName, readiness }];
  });
  if (waiting.length === 0) return { ready: true };
  const code = waiting.some((w) => w.readiness.code === "pin_not_saved") ? "pin_not_saved" : "pin_disabled";
  const names = joinNames(waiting.map((w) => w.name), t);
  const why = waiting.map((w) => t("notReady.door", { name: w.name, reason: w.readiness.ready ? "" : w.readiness.reason })).join(" ");
  return { ready: false, code, reason: t("notReady.doors", { names, why }) };
}

/** The stay's message data: its guest and code, the property, and each door that has the PIN with its own window and zone (limits in the message's language). */
export function stayMessageData(stay: { guestName: string; code: string }, doors: StayMessageDoor[], propertyName?: string, language: Locale = "en"): GuestMessageData {
  const withPin = doors.flatMap((door): GuestMessageDoor[] => (door.pin ? [doorFromPin(door.pin, { name: door.lockName, timeZone: door.timeZone }, language)] : []));
  return { guestName: stay.guestName, code: stay.code, ...(propertyName ? { propertyName } : {}), doors: withPin };
}
