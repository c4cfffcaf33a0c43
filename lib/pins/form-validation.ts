import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/types";
import { gapText } from "@/lib/time/preview";
import { inputFromForm, type PinFormValues } from "./form";
import { nukiPayloadFromPin } from "./nuki-mapping";
import { pinCreateSchema, validatePinState, type PinState } from "./schema";

export type FormErrors = Partial<Record<keyof PinFormValues | string, string>>;

/**
 * The server's own rules, run in the browser before sending: the same schema, the same
 * cross-field checks and the same time-zone conversion, so both say the same thing. The errors are
 * keys (`validation.…`, which the form shows translated), except a time the clocks skip: that one
 * names the time, in `locale` with `t` (the `time` namespace).
 */
export function validatePinForm(values: PinFormValues, takenCodes: string[], lockZone: string, words: { t: Translate; locale: Locale }, now = new Date()): FormErrors {
  const input = inputFromForm(values);
  const errors: FormErrors = {};
  const parsed = pinCreateSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "form");
      errors[field] ??= issue.message;
    }
    return errors;
  }
  const state: PinState = { ...input };
  for (const problem of validatePinState(state)) errors[problem.field] ??= problem.message;
  if (!errors.code && takenCodes.includes(state.code)) errors.code = "validation.codeUsed";
  if (Object.keys(errors).length === 0) {
    const payload = nukiPayloadFromPin(state, lockZone, now);
    if (!payload.ok) {
      const wall = state[payload.field];
      errors[payload.field] = (typeof wall === "string" ? gapText(wall, lockZone, words.t, words.locale) : null) ?? payload.message;
    }
  }
  return errors;
}
