import type { Pin } from "./types";

/** A PIN's fields as Nuki will list them once a write has landed. */
export type ExpectedPin = Omit<Pin, "id" | "lastUsedAt" | "status" | "statusReason">;

/** A write Nuki accepted (204) but has not yet been seen in its listing. */
export interface PendingWrite {
  opId: string;
  kind: "create" | "update" | "delete";
  /** Nuki's auth id; null for a create until the new auth shows up. */
  authId: string | null;
  /** Null for deletes. */
  expected: ExpectedPin | null;
  requestedAt: number;
  deadline: number;
  failedReason?: string;
}

export const PENDING_ID_PREFIX = "pending-";

export function pendingPinId(opId: string): string {
  return `${PENDING_ID_PREFIX}${opId}`;
}

export const EXPECTED_FIELDS = ["name", "code", "enabled", "validFrom", "validUntil", "weekdays", "dailyFrom", "dailyUntil"] as const;

export function expectedFields(pin: ExpectedPin): ExpectedPin {
  return Object.fromEntries(EXPECTED_FIELDS.map((key) => [key, pin[key]])) as unknown as ExpectedPin;
}
