import type { Pin } from "./types";

/** A PIN's fields as the host sets them and as Nuki lists them once a write has landed. */
export type ExpectedPin = Omit<Pin, "id" | "lastUsedAt" | "status" | "statusReason" | "managed" | "drift" | "write">;

export const EXPECTED_FIELDS = ["name", "code", "enabled", "validFrom", "validUntil", "weekdays", "dailyFrom", "dailyUntil"] as const;

export function expectedFields(pin: ExpectedPin): ExpectedPin {
  return Object.fromEntries(EXPECTED_FIELDS.map((key) => [key, pin[key]])) as unknown as ExpectedPin;
}
