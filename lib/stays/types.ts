import type { StayChecks } from "@/lib/checks/types";
import type { PinStatus } from "@/lib/pins/types";

/**
 * A door's state within a stay: the ledger PIN's status, or `gone` once a cancelled stay's PIN is
 * off the lock, `no_keypad` for a door that cannot take PINs, `refused` when Nuki refused it.
 */
export type DoorStatus = Exclude<PinStatus, "unmanaged"> | "gone" | "no_keypad" | "refused";

export interface StayDoor {
  lockId: number;
  lockName: string;
  /** The lock's IANA zone: the window below is wall time there. */
  timeZone: string;
  pinId: string | null;
  status: DoorStatus;
  statusReason?: string;
  /** Lock-local `YYYY-MM-DDTHH:mm`, as set for this door's PIN. */
  validFrom: string | null;
  validUntil: string | null;
}

export interface Stay {
  id: string;
  propertyId: string;
  /** The property's name, or "Deleted property" once it is gone. */
  propertyName: string;
  guestName: string;
  /** `YYYY-MM-DD`. */
  arrival: string;
  departure: string;
  code: string;
  /**
   * A cancelled stay stays listed, so the host sees its doors' PINs being removed. A scheduled one
   * (from a calendar feed) has its code chosen but not yet on the doors: see `doorsOn`.
   */
  status: "active" | "cancelled" | "scheduled";
  createdAt: string;
  /** The stay's own lock-local `HH:mm` times; null: the property's. */
  checkInTime: string | null;
  checkOutTime: string | null;
  /** The calendar feed this stay follows (null: typed by hand or detached) and its label. */
  feedId: string | null;
  source?: string | null;
  /** For a scheduled stay: the day (`YYYY-MM-DD`) its code goes onto the doors. */
  doorsOn?: string | null;
  /** Something the host must look at, in plain words (a booking gone after check-in, a code changed). */
  notice: string | null;
  /** Why the code is not from the guest's phone digits although the property asks for them. */
  codeNote: string | null;
  /** When the code was taken off the doors after check-out. */
  clearedAt: string | null;
  /** What the pre-arrival checks found: on a stay's page, and in a list for stays still to arrive. */
  checks?: StayChecks;
}

export interface StayDetail extends Stay {
  doors: StayDoor[];
}
