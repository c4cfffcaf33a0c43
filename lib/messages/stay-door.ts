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

const GONE: Readiness = { ready: false, code: "pin_not_saved", reason: "The PIN is no longer on this door: the code will not open it." };

/**
 * Ready only when the code opens every door as the message says. Otherwise the reason names the
 * doors that are not there yet, each with why, so the host knows which one to wait for.
 */
export function stayReadiness(doors: StayMessageDoor[]): Readiness {
  if (doors.length === 0) return { ready: false, code: "pin_not_saved", reason: "No door has this stay's PIN: the code will not open any door." };
  const waiting = doors.flatMap((door) => {
    const readiness = door.pin ? pinReadiness(door.pin) : GONE;
    return readiness.ready ? [] : [{ name: door.lockName, readiness }];
  });
  if (waiting.length === 0) return { ready: true };
  const code = waiting.some((w) => w.readiness.code === "pin_not_saved") ? "pin_not_saved" : "pin_disabled";
  const names = joinNames(waiting.map((w) => w.name));
  const why = waiting.map((w) => `${w.name}: ${w.readiness.reason}`).join(" ");
  return { ready: false, code, reason: `The code may not open ${names} yet. ${why}` };
}

/** The stay's message data: its guest and code, the property, and each door that has the PIN with its own window and zone. */
export function stayMessageData(stay: { guestName: string; code: string }, doors: StayMessageDoor[], propertyName?: string): GuestMessageData {
  const withPin = doors.flatMap((door): GuestMessageDoor[] => (door.pin ? [doorFromPin(door.pin, { name: door.lockName, timeZone: door.timeZone })] : []));
  return { guestName: stay.guestName, code: stay.code, ...(propertyName ? { propertyName } : {}), doors: withPin };
}
