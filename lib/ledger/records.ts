import "server-only";
import type { EventsTable, LedgerStatus as StoredStatus, PinsTable } from "@/lib/db/schema";
import type { PinState } from "@/lib/pins/schema";
import type { Drift, PinEvent } from "@/lib/pins/types";

/** A managed PIN as the engine works with it: parsed, with numbers for times. */
export interface PinRecord {
  id: string;
  accountId: string;
  lockId: number;
  authId: string | null;
  name: string;
  /** What the host wants on the lock; null when the host asked to delete it. */
  desired: PinState | null;
  status: StoredStatus;
  reason: string | null;
  drift: Drift[] | null;
  attempts: number;
  sentAt: number | null;
  nextCheckAt: number;
  createdAt: number;
  /** When the current round of writes began; falls back to when the PIN was created. */
  requestedAt?: number;
}

export const iso = (ms: number) => new Date(ms).toISOString();
const time = (value: string | null) => (value ? Date.parse(value) : null);

export function toRecord(row: PinsTable): PinRecord {
  return {
    id: row.id,
    accountId: row.account_id,
    lockId: Number(row.lock_id),
    authId: row.auth_id,
    name: row.name,
    desired: row.desired ? (JSON.parse(row.desired) as PinState) : null,
    status: row.status,
    reason: row.reason,
    drift: row.drift ? (JSON.parse(row.drift) as Drift[]) : null,
    attempts: row.attempts,
    sentAt: time(row.sent_at),
    nextCheckAt: Date.parse(row.next_check_at),
    createdAt: Date.parse(row.created_at),
    requestedAt: time(row.requested_at ?? null) ?? Date.parse(row.created_at),
  };
}

/** The columns a change to a record touches, in storage form. */
export function toColumns(patch: Partial<Omit<PinRecord, "id" | "accountId" | "lockId" | "createdAt" | "name" | "requestedAt">>): Partial<PinsTable> {
  const columns: Partial<PinsTable> = {};
  if (patch.authId !== undefined) columns.auth_id = patch.authId;
  if (patch.desired !== undefined) columns.desired = patch.desired ? JSON.stringify(patch.desired) : null;
  if (patch.desired) columns.name = patch.desired.name;
  if (patch.status !== undefined) columns.status = patch.status;
  if (patch.reason !== undefined) columns.reason = patch.reason;
  if (patch.drift !== undefined) columns.drift = patch.drift ? JSON.stringify(patch.drift) : null;
  if (patch.attempts !== undefined) columns.attempts = patch.attempts;
  if (patch.sentAt !== undefined) columns.sent_at = patch.sentAt === null ? null : iso(patch.sentAt);
  if (patch.nextCheckAt !== undefined) columns.next_check_at = iso(patch.nextCheckAt);
  return columns;
}

/** A new round of writes (nothing sent, no attempts yet, on its way) starts the clock the host sees. */
export function startsRound(patch: Parameters<typeof toColumns>[0]): boolean {
  return patch.attempts === 0 && patch.sentAt === null && patch.status !== "saved";
}

export function toEvent(row: EventsTable & { pin_name?: string | null }): PinEvent {
  return {
    id: row.id,
    pinId: row.pin_id,
    pinName: row.pin_name ?? null,
    at: row.at,
    type: row.type,
    actor: row.actor,
    action: row.action,
    httpStatus: row.http_status,
    detail: row.detail,
  };
}
