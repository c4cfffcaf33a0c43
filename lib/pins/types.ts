/** The PIN as Keyhost's JSON API and UI see it: lock-local wall times, never UTC. */
import type { Weekday } from "@/lib/time/weekdays";

export { WEEKDAYS, type Weekday } from "@/lib/time/weekdays";
export type { LockSettings } from "@/lib/locks/types";

/**
 * pending: the host's change is on its way to the lock · saved: Nuki lists exactly what the host set ·
 * deleting: a delete is on its way · failed: it could not be applied (statusReason says why) ·
 * drifted: Nuki's listing no longer matches what the host set (drift says how) ·
 * unmanaged: on the lock, but not created or adopted in Keyhost.
 */
export type PinStatus = "pending" | "saved" | "deleting" | "failed" | "drifted" | "unmanaged";

/**
 * The fields a host sets on a PIN: what the form edits, the API takes, the ledger keeps as wanted and
 * drift is reported on. Every other PIN field type derives from this list.
 */
export const PIN_FIELDS = ["name", "code", "enabled", "validFrom", "validUntil", "weekdays", "dailyFrom", "dailyUntil"] as const;
export type PinField = (typeof PIN_FIELDS)[number];

/** The fields drift is reported on; `missing` means the PIN is gone from the lock. */
export type DriftField = PinField | "missing";

/** One difference between what the host set (`wanted`) and what Nuki lists (`actual`). */
export interface Drift {
  field: DriftField;
  wanted: unknown;
  actual: unknown;
}

export interface Pin {
  /** Keyhost's id (a UUID) for a managed PIN; Nuki's 24-hex auth id for an unmanaged one. */
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
  /** Created or adopted in Keyhost, so Keyhost keeps it as the host set it. */
  managed: boolean;
  /** When `drifted`: each field that differs on the lock. The PIN's fields show what the host set. */
  drift?: Drift[];
  /** When `pending` or `deleting`: how the write is getting on. */
  write?: PinWrite;
  /** A property's backup code (on the lock page, shown apart from guests' codes). */
  backup?: PinBackup;
}

/** The property whose backup code a PIN is, and which of its (up to three) codes. */
export interface PinBackup {
  propertyId: string;
  propertyName: string;
  slot: number;
}

/** Why a write is still waiting: for the lock, for Nuki, or for the lock to show what Nuki accepted. */
export type WriteWait = "sending" | "confirming" | "retrying" | "lock_offline" | "nuki_busy";

export interface PinWrite {
  /** Writes sent so far in this round, and how many are tried before it shows as not saved. */
  attempts: number;
  maxAttempts: number;
  /** ISO instant the host asked (or the repair began). */
  since: string;
  waiting: WriteWait;
  /** Longer than a write usually takes: the host should know, well before it fails. */
  slow: boolean;
}

/** One entry of a PIN's timeline or a lock's activity. */
export interface PinEvent {
  id: string;
  pinId: string;
  /** The PIN's name as the host set it, for the lock's activity list. */
  pinName: string | null;
  at: string;
  type: "requested" | "attempt" | "confirmed" | "drift" | "repaired" | "failed" | "adopted" | "gone";
  /** Who asked: the signed-in user's name or e-mail, or "Keyhost" for the engine's own work. */
  actor: string | null;
  /** create, update, delete, repair, adopt, or a short word for what the engine did. */
  action: string | null;
  /** Nuki's HTTP answer to an attempt, or null when none came back. */
  httpStatus: number | null;
  detail: string | null;
}

/** What a clean-up asked Nuki to delete, and what it could not. */
export interface CleanupResult {
  /** The PINs asked to be deleted, by the ids the lists showed them under. */
  deleting: string[];
  /** The locks they are on. */
  locks: number[];
  /** PINs Nuki or Keyhost refused to delete now, with why; the rest went ahead. */
  failed: { lockId: number; pinId: string; message: string }[];
}

/** A PIN found across locks, with the lock it is on. */
export interface LockPin extends Pin {
  lockId: number;
  lockName: string;
  /** The lock's IANA zone, which the PIN's wall times are in. */
  lockZone: string;
}
