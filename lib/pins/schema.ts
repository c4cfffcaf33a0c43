import { z } from "zod";
import { objectError } from "@/lib/validation/object-error";
import { isTimeOfDay, timeOfDayToMinutes } from "@/lib/time/daily";
import { isWallTime } from "@/lib/time/wall-time";
import { WEEKDAYS, type Pin, type PinField } from "./types";

/** The fields a host sets (`PIN_FIELDS`); what the form edits, the server stores and Nuki lists once a write lands. */
export type PinState = Pick<Pin, PinField>;

export const MAX_NAME_LENGTH = 20;

export const pinNameSchema = z
  .string({ error: "validation.nameText" })
  .trim()
  .min(1, "validation.pinNameLength")
  .max(MAX_NAME_LENGTH, "validation.pinNameLength");

/** Nuki's keypad rules: six digits, each 1–9, not starting with 12. */
export const pinCodeSchema = z
  .string({ error: "validation.codeSixDigits" })
  .trim()
  .regex(/^\d{6}$/, "validation.codeSixDigits")
  .regex(/^[1-9]+$/, "validation.codeDigits")
  .refine((code) => !code.startsWith("12"), "validation.codeStart12");

// Messages are keys of messages/<language>/validation.json: the API answers them in the request's language, the forms in the page's.
const wallTime = (notText: string, notWallTime: string) => z.string({ error: notText }).refine(isWallTime, notWallTime);
const timeOfDay = (notTime: string) => z.string({ error: notTime }).refine(isTimeOfDay, notTime);

const fields = {
  name: pinNameSchema,
  code: pinCodeSchema,
  enabled: z.boolean({ error: "validation.enabledBoolean" }),
  validFrom: wallTime("validation.validFromText", "validation.validFromFormat").nullable(),
  validUntil: wallTime("validation.validUntilText", "validation.validUntilFormat").nullable(),
  weekdays: z
    .array(z.enum(WEEKDAYS, { error: "validation.weekdaysValues" }), { error: "validation.weekdaysList" })
    .min(1, "validation.weekdaysMin")
    .max(7, "validation.weekdaysOnce")
    .refine((days) => new Set(days).size === days.length, "validation.weekdaysOnce"),
  dailyFrom: timeOfDay("validation.dailyFromFormat").nullable(),
  dailyUntil: timeOfDay("validation.dailyUntilFormat").nullable(),
} satisfies Record<PinField, z.ZodType>;

/** Cross-field rules, checked on the whole state: also after a PATCH is merged with what is on the lock. */
export function validatePinState(state: PinState): { field: keyof PinState; message: string }[] {
  const problems: { field: keyof PinState; message: string }[] = [];
  // Wall times in one format compare correctly as strings.
  if (state.validFrom && state.validUntil && isWallTime(state.validFrom) && isWallTime(state.validUntil) && state.validUntil <= state.validFrom) {
    problems.push({ field: "validUntil", message: "validation.validUntilAfter" });
  }
  if (Boolean(state.dailyFrom) !== Boolean(state.dailyUntil)) {
    problems.push({ field: state.dailyFrom ? "dailyUntil" : "dailyFrom", message: "validation.dailyBoth" });
  } else if (state.dailyFrom && state.dailyUntil && isTimeOfDay(state.dailyFrom) && isTimeOfDay(state.dailyUntil) && timeOfDayToMinutes(state.dailyUntil) <= timeOfDayToMinutes(state.dailyFrom)) {
    problems.push({ field: "dailyUntil", message: "validation.dailyUntilAfter" });
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
export const pinCreateSchema = z.strictObject({ name: fields.name, ...optionalFields }, objectError("validation.pinObject")).superRefine(crossCheck);

/** An edit: any subset; `null` clears an optional field. Cross-field rules run after the merge. */
export const pinPatchSchema = z.strictObject({ name: fields.name.optional(), ...optionalFields }, objectError("validation.changeObject"));

export function findCodeConflict(code: string, pins: { id: string; code: string }[], exceptId?: string) {
  return pins.find((p) => p.code === code && p.id !== exceptId);
}
