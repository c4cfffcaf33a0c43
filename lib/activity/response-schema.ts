import { z } from "zod";

/** The answers of the entries and usage routes (./types.ts, ./usage.ts); lib/openapi checks they stay the same shape. */

export const doorEntrySchema = z.strictObject({
  id: z.string(),
  lockId: z.int(),
  lockName: z.string(),
  at: z.string().describe("Lock-local wall time YYYY-MM-DDTHH:mm:ss"),
  instant: z.string().describe("The same moment as a UTC instant"),
  zone: z.string(),
  kind: z.enum(["entry", "wrong_code", "other"]),
  authId: z.string().optional(),
  pinId: z.string().optional(),
  pinName: z.string().optional(),
  stay: z.strictObject({ id: z.string(), guestName: z.string() }).optional(),
  action: z.string(),
  trigger: z.string(),
});

export const entryPageSchema = z.strictObject({
  entries: z.array(doorEntrySchema),
  nextCursor: z.string().nullable().describe("Pass back as `cursor` for older entries; null when there are none"),
});

export const pinUsageSchema = z.strictObject({
  firstUsedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  uses: z.int(),
  complete: z.boolean().describe("False when more entries exist than were read: firstUsedAt is then only the earliest seen"),
});
