import { z } from "zod";
import { pinUsageSchema } from "@/lib/activity/response-schema";
import { stayChecksSchema } from "@/lib/checks/response-schema";

/** The answers of the stay routes (./types.ts, ./usage.ts); lib/openapi checks they stay the same shape. */

export const stayDoorSchema = z.strictObject({
  lockId: z.int(),
  lockName: z.string(),
  timeZone: z.string(),
  pinId: z.string().nullable(),
  status: z.enum(["pending", "saved", "deleting", "failed", "drifted", "gone", "no_keypad", "refused"]),
  statusReason: z.string().optional(),
  validFrom: z.string().nullable(),
  validUntil: z.string().nullable(),
});

const stayFields = {
  id: z.string(),
  propertyId: z.string(),
  propertyName: z.string(),
  guestName: z.string(),
  arrival: z.string().describe("YYYY-MM-DD"),
  departure: z.string().describe("YYYY-MM-DD"),
  code: z.string(),
  status: z.enum(["active", "cancelled", "scheduled"]),
  createdAt: z.string(),
  checkInTime: z.string().nullable().describe("The stay's own lock-local HH:mm; null: the property's"),
  checkOutTime: z.string().nullable(),
  feedId: z.string().nullable().describe("The calendar feed the stay follows; null: typed by hand or detached"),
  source: z.string().nullable().optional(),
  doorsOn: z.string().nullable().optional().describe("For a scheduled stay: the day its code goes onto the doors"),
  notice: z.string().nullable(),
  codeNote: z.string().nullable(),
  clearedAt: z.string().nullable(),
  checks: stayChecksSchema.optional(),
};

export const staySchema = z.strictObject(stayFields);

export const stayDetailSchema = z.strictObject({ ...stayFields, doors: z.array(stayDoorSchema) });

export const stayUsageSchema = z.strictObject({
  ...pinUsageSchema.shape,
  checkInAt: z.string().nullable(),
  noShow: z.boolean(),
  zone: z.string(),
});
