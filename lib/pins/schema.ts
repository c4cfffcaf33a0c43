import { z } from "zod";
import { objectError } from "@/lib/validation/object-error";
import { isTimeOfDay, timeOfDayToMinutes } from "@/lib/time/daily";
import { isWallTime } from "@/lib/time/wall-time";
import { WEEKDAYS, type Pin, type PinField } from "./types";

/** The fields a host sets (`PIN_FIELDS`); what the form edits, the server stores and Nuki lists once a write lands. */
export type PinState = Pick<Pin, PinField>;

export const MAX_NAME_LENGTH = 20;

export const pinNameSchema = z
  .string({ error: "Name must be text" })
  .trim()
  .min(1, `Name must be 1–${MAX_NAME_LENGTH} characters`)
  .max(MAX_NAME_LENGTH, `Name must be 1–${MAX_NAME_LENGTH} characters`);

/** Nuki's keypad rules: six digits, each 1–9, not starting with 12. */
export const pinCodeSchema = z
  .string({ error: "Code must be exactly 6 digits" })
  .trim()
  .regex(/^\d{6}$/, "Code must be exactly 6 digits")
  .regex(/^[1-9]+$/, "Code may only use the digits 1–9")
  .refine((code) => !code.startsWith("12"), "Code must not start with 12");

const wallTime = (label: string) =>
  z.string({ error: `${label} must be a date and time` }).refine(isWallTime, `${label} must be a date and time like 2026-12-01T15:00`);
const timeOfDay = (label: string) =>
  z.string({ error: `${label} must be a time like 08:00` }).refine(isTimeOfDay, `${label} must be a time like 08:00`);

const fields = {
  name: pinNameSchema,
  code: pinCodeSchema,
  enabled: z.boolean({ error: "Enabled must be true or false" }),
  validFrom: wallTime("Valid from").nullable(),
  validUntil: wallTime("Valid until").nullable(),
  weekdays: z
    .array(z.enum(WEEKDAYS, { error: "Days must be mon, tue, wed, thu, fri, sat or sun" }), { error: "Days must be a list" })
    .min(1, "Choose at least one day")
    .max(7, "Choose each day at most once")
    .refine((days) => new Set(days).size === days.length, "Choose each day at most once"),
  dailyFrom: timeOfDay("Daily from").nullable(),
  dailyUntil: timeOfDay("Daily until").nullable(),
} satisfies Record<PinField, z.ZodType>;

/** Cross-field rules, checked on the whole state: also after a PATCH is merged with what is on the lock. */
export function validatePinState(state: PinState): { field: keyof PinState; message: string }[] {
  const problems: { field: keyof PinState; message: string }[] = [];
  // Wall times in one format compare correctly as strings.
  if (state.validFrom && state.validUntil && isWallTime(state.validFrom) && isWallTime(state.validUntil) && state.validUntil <= state.validFrom) {
    problems.push({ field: "validUntil", message: "Valid until must be after valid from" });
  }
  if (Boolean(state.dailyFrom) !== Boolean(state.dailyUntil)) {
    problems.push({ field: state.dailyFrom ? "dailyUntil" : "dailyFrom", message: "Set both daily from and daily until, or neither" });
  } else if (state.dailyFrom && state.dailyUntil && isTimeOfDay(state.dailyFrom) && isTimeOfDay(state.dailyUntil) && timeOfDayToMinutes(state.dailyUntil) <= timeOfDayToMinutes(state.dailyFrom)) {
    problems.push({ field: "dailyUntil", message: "Daily until must be after daily from" });
  }
  return problems;
}

function crossCheck(value: Partial<PinState>, ctx: z.RefinementCtx) {
  const state = { validFrom: null, validUntil: null, dailyFrom: null, dailyUntil: null, ...value } as PinState;
  for (const p of validatePinState(state)) ctx.addIssue({ code: "custom", path: [p.field], message: p.message });
}

const optionalFields = {
  code: fields.code.optional(),
  enabled: fields.enabled.optional(),
  validFrom: fields.validFrom.optional(),
  validUntil: fields.validUntil.optional(),
  weekdays: fields.weekdays.optional(),
  dailyFrom: fields.dailyFrom.optional(),
  dailyUntil: fields.dailyUntil.optional(),
};

/** A new PIN: a name, and optionally everything else (a missing code is generated). */
export const pinCreateSchema = z.strictObject({ name: fields.name, ...optionalFields }, objectError("The PIN")).superRefine(crossCheck);

/** An edit: any subset; `null` clears an optional field. Cross-field rules run after the merge. */
export const pinPatchSchema = z.strictObject({ name: fields.name.optional(), ...optionalFields }, objectError("The change"));

export function findCodeConflict(code: string, pins: { id: string; code: string }[], exceptId?: string) {
  return pins.find((p) => p.code === code && p.id !== exceptId);
}
