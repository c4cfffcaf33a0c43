import { z } from "zod";
import { WEEKDAYS } from "./types";

/** The answers of the PIN routes (./types.ts, ./search.ts, ./cleanup.ts); lib/openapi checks they stay the same shape. */

const wallTime = z.string().describe("Lock-local wall time YYYY-MM-DDTHH:mm");
const timeOfDay = z.string().describe("Lock-local HH:mm");

export const driftSchema = z.strictObject({
  field: z.enum(["name", "code", "enabled", "validFrom", "validUntil", "weekdays", "dailyFrom", "dailyUntil", "missing"]),
  wanted: z.unknown(),
  actual: z.unknown(),
});

const pinFields = {
  id: z.string().describe("Keyhost's UUID for a managed PIN, Nuki's 24-hex auth id for an unmanaged one"),
  name: z.string(),
  code: z.string(),
  enabled: z.boolean(),
  validFrom: wallTime.nullable(),
  validUntil: wallTime.nullable(),
  weekdays: z.array(z.enum(WEEKDAYS)).describe("All seven when unrestricted"),
  dailyFrom: timeOfDay.nullable(),
  dailyUntil: timeOfDay.nullable(),
  lastUsedAt: z.string().nullable().describe("UTC instant of the last keypad use"),
  status: z.enum(["pending", "saved", "deleting", "failed", "drifted", "unmanaged"]),
  statusReason: z.string().optional(),
  managed: z.boolean(),
  drift: z.array(driftSchema).optional(),
  write: z
    .strictObject({
      attempts: z.int(),
      maxAttempts: z.int(),
      since: z.string(),
      waiting: z.enum(["sending", "confirming", "retrying", "lock_offline", "nuki_busy"]),
      slow: z.boolean().describe("Longer than a write usually takes"),
    })
    .optional()
    .describe("When pending or deleting: how the write is getting on"),
  backup: z
    .strictObject({ propertyId: z.string(), propertyName: z.string(), slot: z.int() })
    .optional()
    .describe("On a lock's PIN list: the property whose backup code this is"),
};

export const pinSchema = z.strictObject(pinFields);

/** A PIN found across locks, with the lock it is on. */
export const lockPinSchema = z.strictObject({ ...pinFields, lockId: z.int(), lockName: z.string(), lockZone: z.string() });

export const pinEventSchema = z.strictObject({
  id: z.string(),
  pinId: z.string(),
  pinName: z.string().nullable(),
  at: z.string(),
  type: z.enum(["requested", "attempt", "confirmed", "drift", "repaired", "failed", "adopted", "gone"]),
  actor: z.string().nullable(),
  action: z.string().nullable(),
  httpStatus: z.int().nullable(),
  detail: z.string().nullable(),
});

export const lockSettingsSchema = z.strictObject({
  autoRepair: z.boolean(),
  cleanupAfterDays: z.int().nullable().describe("Days after a PIN's window ended before it is deleted; null: never"),
});

export const cleanupResultSchema = z.strictObject({
  deleting: z.array(z.string()),
  locks: z.array(z.int()),
  failed: z.array(z.strictObject({ lockId: z.int(), pinId: z.string(), message: z.string() })),
});
