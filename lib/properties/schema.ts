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

const timeOfDay = (label: string) =>
  z.string({ error: `${label} must be a time like 15:00` }).refine(isTimeOfDay, `${label} must be a time like 15:00`);

const buffer = (label: string) =>
  z
    .number({ error: `${label} must be a number of minutes` })
    .int(`${label} must be whole minutes`)
    .min(0, `${label} must be 0–${MAX_BUFFER_MINUTES} minutes`)
    .max(MAX_BUFFER_MINUTES, `${label} must be 0–${MAX_BUFFER_MINUTES} minutes`);

const lockIdSchema = z.union([z.number(), z.string()], { error: "Each door must be a lock id" }).transform((value, ctx) => {
  const id = parseLockId(String(value));
  if (id === null) {
    ctx.addIssue({ code: "custom", message: "Each door must be a lock id" });
    return z.NEVER;
  }
  return id;
});

const checkHour = z
  .number({ error: "Check times must be whole hours, like 24, 2" })
  .int("Check times must be whole hours, like 24, 2")
  .min(1, `Each check must be 1–${MAX_CHECK_HOURS} hours before check-in`)
  .max(MAX_CHECK_HOURS, `Each check must be 1–${MAX_CHECK_HOURS} hours before check-in`);

const fields = {
  name: z.string({ error: "Name must be text" }).trim().min(1, "Name must be 1–60 characters").max(60, "Name must be 1–60 characters"),
  lockIds: z
    .array(lockIdSchema, { error: "Doors must be a list of lock ids" })
    .min(1, "Choose at least one door")
    .max(MAX_DOORS, `Choose at most ${MAX_DOORS} doors`)
    .refine((ids) => new Set(ids).size === ids.length, "Choose each door once"),
  checkInTime: timeOfDay("Check-in"),
  checkOutTime: timeOfDay("Check-out"),
  earlyMinutes: buffer("Early buffer"),
  lateMinutes: buffer("Late buffer"),
  messageTemplate: z
    .string({ error: "Message template must be text" })
    .max(MAX_TEMPLATE_LENGTH, `Message template must be at most ${MAX_TEMPLATE_LENGTH} characters`)
    // A misspelt placeholder would reach the guest as typed: refuse it where the host can fix it.
    .superRefine((t, ctx) => {
      const unknown = validateTemplate(t);
      if (unknown.length > 0) ctx.addIssue({ code: "custom", message: `Unknown placeholder${unknown.length === 1 ? "" : "s"} ${unknown.map((n) => `{${n}}`).join(", ")}: use ${PLACEHOLDER_LIST}` });
    })
    // An empty template means "use the default", the same as null.
    .transform((t) => (t.trim() === "" ? null : t))
    .nullable(),
  leadDays: z
    .number({ error: "Lead time must be a number of days" })
    .int("Lead time must be whole days")
    .min(0, `Lead time must be 0–${MAX_LEAD_DAYS} days`)
    .max(MAX_LEAD_DAYS, `Lead time must be 0–${MAX_LEAD_DAYS} days`),
  codeChoice: z.enum(CODE_CHOICES, { error: "Code choice must be random or phone" }),
  checkHours: z
    .array(checkHour, { error: "Check times must be a list of hours" })
    .min(1, "Choose at least one check time")
    .max(MAX_CHECKS, `Choose at most ${MAX_CHECKS} check times`)
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
  objectError("The property"),
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
  objectError("The change"),
);

export type PropertyCreate = z.infer<typeof propertyCreateSchema>;
export type PropertyPatch = z.infer<typeof propertyPatchSchema>;
