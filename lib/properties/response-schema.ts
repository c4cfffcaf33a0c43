import { z } from "zod";

/** `Property` (./types.ts) as the JSON API answers it; lib/api/openapi checks the two stay the same shape. */
export const propertySchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  lockIds: z.array(z.int()),
  checkInTime: z.string().describe("Lock-local HH:mm"),
  checkOutTime: z.string().describe("Lock-local HH:mm"),
  earlyMinutes: z.int(),
  lateMinutes: z.int(),
  messageTemplate: z.string().nullable().describe("null: Keyhost's default template"),
});
