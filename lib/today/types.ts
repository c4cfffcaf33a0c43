import type { Attention, AttentionItem } from "@/lib/attention/types";
import type { StayChecks } from "@/lib/checks/types";
import type { PinStatus } from "@/lib/pins/types";

/** One door of a stay on Today: is the guest's code there, and can the door take it. */
export interface DoorReadiness {
  lockId: number;
  lockName: string;
  timeZone: string;
  pinId: string | null;
  /** The code's status on this door, or why it has none. */
  status: PinStatus | "no_pin" | "gone";
  statusReason?: string;
  codeSaved: boolean;
  online: boolean;
  /** When Nuki last heard from the lock, for an offline one. */
  lastSeenAt: string | null;
  batteryOk: boolean;
  keypadBatteryOk: boolean;
  keypadPaired: boolean;
  /** The guest's code has opened this door since their window began. */
  entered: boolean;
  /** This door's problems from Needs attention, with their fixes. */
  problems: AttentionItem[];
  ready: boolean;
}

export interface TodayStay {
  id: string;
  guestName: string;
  propertyName: string;
  arrival: string;
  departure: string;
  doors: DoorReadiness[];
  ready: boolean;
  entered: boolean;
  /** What the pre-arrival checks found, when the server keeps them. */
  checks?: StayChecks;
}

export type TodaySectionKey = "arriving_today" | "leaving_today" | "staying" | "arriving_tomorrow" | "leaving_tomorrow";

export interface TodaySection {
  key: TodaySectionKey;
  title: string;
  stays: TodayStay[];
}

export interface Today {
  sections: TodaySection[];
  attention: Attention;
}
