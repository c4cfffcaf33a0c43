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
  /** A cancelled stay stays listed, so the host sees its doors' PINs being removed. */
  status: "active" | "cancelled";
  createdAt: string;
}

export interface StayDetail extends Stay {
  doors: StayDoor[];
}
