import { z } from "zod";
import { LOCALES } from "@/lib/i18n/config";
import { CODE_CHOICES } from "./types";

/** `Property` (./types.ts) as the JSON API answers it; lib/openapi checks the two stay the same shape. */
export const propertySchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  lockIds: z.array(z.int()),
  checkInTime: z.string().describe("Lock-local HH:mm"),
  checkOutTime: z.string().describe("Lock-local HH:mm"),
  earlyMinutes: z.int(),
  lateMinutes: z.int(),
  messageTemplate: z.string().nullable().describe("The English guest message; null: Keyhost's default template"),
  messageTemplateDe: z.string().nullable().describe("The German guest message; null: Keyhost's German default template"),
  messageLanguage: z.enum(LOCALES).describe("The language its stays' and PINs' messages are written in unless another is chosen"),
  leadDays: z.int().describe("Days before check-in a synced stay's code goes onto the doors"),
  codeChoice: z.enum(CODE_CHOICES),
  checkHours: z.array(z.int()).describe("Hours before check-in the stay's doors are checked, latest first"),
});
