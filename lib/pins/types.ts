/** The PIN as Keyhost's JSON API and UI see it: lock-local wall times, never UTC. */
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export type PinStatus = "pending" | "saved" | "failed";

export interface Pin {
  /** Nuki's 24-hex auth id, or a `pending-…` id while a create has not shown up in Nuki's listing. */
  id: string;
  name: string;
  /** Six digits 1–9, as a string so leading characters are never lost. */
  code: string;
  enabled: boolean;
  /** Lock-local wall time `YYYY-MM-DDTHH:mm`, or null for no start. */
  validFrom: string | null;
  /** Lock-local wall time `YYYY-MM-DDTHH:mm`, or null for no end. */
  validUntil: string | null;
  /** Lock-local days on which the PIN works; all seven when unrestricted. */
  weekdays: Weekday[];
  /** Lock-local `HH:mm`, or null for all day. */
  dailyFrom: string | null;
  dailyUntil: string | null;
  /** ISO instant of the last keypad use, or null. */
  lastUsedAt: string | null;
  status: PinStatus;
  /** Why a PIN is `failed` (or what a `pending` write is waiting for), in words a host understands. */
  statusReason?: string;
}
