import "server-only";
import type { Pin } from "@/lib/pins/types";
import type { LockData } from "@/lib/engine/lock-data";
import type { StayDoorRow } from "./store";
import type { StayDoor } from "@/lib/stays/types";

/** Stored as a door's problem when its lock had no keypad at the time of the stay. */
export const NO_KEYPAD = "no_keypad";

/** One door of a stay: its ledger PIN's status as the lock's PIN list shows it, or why it has none. */
export function doorView(row: StayDoorRow, lock: LockData | undefined, pins: Pin[]): StayDoor {
  const base = {
    lockId: row.lockId,
    lockName: lock?.name ?? `Lock ${row.lockId}`,
    timeZone: lock?.zone ?? "UTC",
    pinId: row.pinId,
    validFrom: null,
    validUntil: null,
  };
  if (row.problem === NO_KEYPAD) return { ...base, status: "no_keypad", statusReason: "No keypad is paired with this door, so it gets no PIN." };
  if (row.problem !== null || !row.pinId) return { ...base, status: "refused", statusReason: row.problem ?? "This door got no PIN." };
  if (!lock) return { ...base, status: "gone", statusReason: "This lock is no longer in your Nuki account." };
  const pin = pins.find((p) => p.id === row.pinId);
  if (!pin) return { ...base, status: "gone", statusReason: "The PIN is no longer on this door." };
  return {
    ...base,
    status: pin.status === "unmanaged" ? "saved" : pin.status,
    ...(pin.statusReason ? { statusReason: pin.statusReason } : {}),
    validFrom: pin.validFrom,
    validUntil: pin.validUntil,
  };
}
