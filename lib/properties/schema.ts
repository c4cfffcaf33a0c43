import { z } from "zod";
import { objectError } from "@/lib/validation/object-error";
import { PLACEHOLDERS, validateTemplate } from "@/lib/messages/template";
import { messageLanguageSchema } from "@/lib/messages/schema";
import { parseLockId } from "@/lib/nuki/ids";
import { isTimeOfDay } from "@/lib/time/daily";
import { MAX_CHECK_HOURS, MAX_CHECKS } from "@/lib/checks/rules";
import { CODE_CHOICES } from "./types";
import { MAX_BUFFER_MINUTES, MAX_DOORS, MAX_LEAD_DAYS, MAX_TEMPLATE_LENGTH } from "./limits";

export { MAX_BUFFER_MINUTES, MAX_DOORS, MAX_LEAD_DAYS, MAX_TEMPLATE_LENGTH } from "./limits";

const PLACEHOLDER_LIST = PLACEHOLDERS.map((p) => `{${p}}`).join(" ");

const timeOfDay = (notTime: string) => z.string({ error: notTime }).refine(isTimeOfDay, notTime);

// Messages are keys of messages/<language>/validation.json, one whole sentence each (a key carries no values).
const buffer = (notNumber: string, notWhole: string, outOfRange: string) =>
  z
    .number({ error: notNumber })
    .int(notWhole)
    .min(0, outOfRange)
    .max(MAX_BUFFER_MINUTES, outOfRange);

const lockIdSchema = z.union([z.number(), z.string()], { error: "validation.doorLockId" }).transform((value, ctx) => {
  const id = parseLockId(String(value));
  if (id === null) {
    ctx.addIssue({ code: "custom", message: "validation.doorLockId" });
    return z.NEVER;
  }
  return id;
});

const checkHour = z
  .number({ error: "validation.checkHoursWhole" })
  .int("validation.checkHoursWhole")
  .min(1, "validation.checkHoursRange")
  .max(MAX_CHECK_HOURS, "validation.checkHoursRange");

const fields = {
  name: z.string({ error: "validation.nameText" }).trim().min(1, "validation.propertyNameLength").max(60, "validation.propertyNameLength"),
  lockIds: z
    .array(lockIdSchema, { error: "validation.doorsList" })
    .min(1, "validation.doorsMin")
    .max(MAX_DOORS, "validation.doorsMax")
    .refine((ids) => new Set(ids).size === ids.length, "validation.doorsOnce"),
  checkInTime: timeOfDay("validation.checkInTime"),
  checkOutTime: timeOfDay("validation.checkOutTime"),
  earlyMinutes: buffer("validation.earlyNumber", "validation.earlyWhole", "validation.earlyRange"),
  lateMinutes: buffer("validation.lateNumber", "validation.lateWhole", "validation.lateRange"),
  messageTemplate: z
    .string({ error: "validation.templateText" })
    .max(MAX_TEMPLATE_LENGTH, "validation.templateLength")
    // A misspelt placeholder would reach the guest as typed: refuse it where the host can fix it.
    .superRefine((t, ctx) => {
      const unknown = validateTemplate(t);
      if (unknown.length > 0) ctx.addIssue({ code: "custom", message: `Unknown placeholder${unknown.length === 1 ? "" : "s"} ${unknown.map((n) => `{${n}}`).join(", ")}: use ${PLACEHOLDER_LIST}` });
    })
    // An empty template means "use the default", the same as null.
    .transform((t) => (t.trim() === "" ? null : t))
    .nullable(),
  leadDays: z
    .number({ error: "validation.leadNumber" })
    .int("validation.leadWhole")
    .min(0, "validation.leadRange")
    .max(MAX_LEAD_DAYS, "validation.leadRange"),
  codeChoice: z.enum(CODE_CHOICES, { error: "validation.codeChoice" }),
  checkHours: z
    .array(checkHour, { error: "validation.checkHoursList" })
    .min(1, "validation.checkHoursMin")
    .max(MAX_CHECKS, "validation.checkHoursMax")
    // The same hour twice is one check; latest first, as the host reads them.
    .transform((hours) => [...new Set(hours)].sort((a, b) => b - a)),
};

export const propertyCreateSchema = z.strictObject(
  {
    name: fields.name,
    lockIds: fields.lockIds,
    checkInTime: fields.checkInTime.optional(),
    checkOutTime: fields.checkOutTime.optional(),
    earlyMinutes: fields.earlyMinutes.optional(),
    lateMinutes: fields.lateMinutes.optional(),
    messageTemplate: fields.messageTemplate.optional(),
    // The German template has the English one's rules; the language picks which one a message uses.
    messageTemplateDe: fields.messageTemplate.optional(),
    messageLanguage: messageLanguageSchema.optional(),
    leadDays: fields.leadDays.optional(),
    codeChoice: fields.codeChoice.optional(),
    checkHours: fields.checkHours.optional(),
  },
  objectError("validation.propertyObject"),
);

export const propertyPatchSchema = z.strictObject(
  {
    name: fields.name.optional(),
    lockIds: fields.lockIds.optional(),
    checkInTime: fields.checkInTime.optional(),
    checkOutTime: fields.checkOutTime.optional(),
    earlyMinutes: fields.earlyMinutes.optional(),
    lateMinutes: fields.lateMinutes.optional(),
    messageTemplate: fields.messageTemplate.optional(),
    // The German template has the English one's rules; the language picks which one a message uses.
    messageTemplateDe: fields.messageTemplate.optional(),
    messageLanguage: messageLanguageSchema.optional(),
    leadDays: fields.leadDays.optional(),
    codeChoice: fields.codeChoice.optional(),
    checkHours: fields.checkHours.optional(),
  },
  objectError("validation.changeObject"),
);

export type PropertyCreate = z.infer<typeof propertyCreateSchema>;
export type PropertyPatch = z.infer<typeof propertyPatchSchema>;
