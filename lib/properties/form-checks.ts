import { MAX_CHECK_HOURS, MAX_CHECKS } from "@/lib/checks/rules";
import { PLACEHOLDERS, validateTemplate } from "@/lib/messages/template";
import { parseLockId } from "@/lib/nuki/ids";
import { isTimeOfDay } from "@/lib/time/daily";
import { MAX_BUFFER_MINUTES, MAX_DOORS, MAX_TEMPLATE_LENGTH } from "./limits";
import type { PropertyInput } from "./types";

/** Each field's first problem, by field: the shape of the forms' `FieldErrors`. */
type FieldErrors = Record<string, string>;

/**
 * The property form's checks in the browser: the rules of `propertyCreateSchema`
 * (lib/properties/schema.ts) for what the form sends, without bringing zod into the page. The
 * server still checks every request with the schema; `form-checks.test.ts` holds both to the same
 * errors.
 */

function nameError(name: string): string | undefined {
  const trimmed = name.trim();
  return trimmed.length < 1 || trimmed.length > 60 ? "Name must be 1–60 characters" : undefined;
}

function doorsError(lockIds: number[]): string | undefined {
  if (lockIds.length < 1) return "Choose at least one door";
  if (lockIds.length > MAX_DOORS) return `Choose at most ${MAX_DOORS} doors`;
  if (lockIds.some((id) => parseLockId(String(id)) === null)) return "Each door must be a lock id";
  if (new Set(lockIds).size !== lockIds.length) return "Choose each door once";
  return undefined;
}

const timeError = (label: string, value: string) => (isTimeOfDay(value) ? undefined : `${label} must be a time like 15:00`);

function bufferError(label: string, minutes: number): string | undefined {
  if (!Number.isFinite(minutes)) return `${label} must be a number of minutes`;
  if (!Number.isInteger(minutes)) return `${label} must be whole minutes`;
  if (minutes < 0 || minutes > MAX_BUFFER_MINUTES) return `${label} must be 0–${MAX_BUFFER_MINUTES} minutes`;
  return undefined;
}

function templateError(template: string | null): string | undefined {
  if (template === null) return undefined;
  if (template.length > MAX_TEMPLATE_LENGTH) return `Message template must be at most ${MAX_TEMPLATE_LENGTH} characters`;
  const unknown = validateTemplate(template);
  if (unknown.length === 0) return undefined;
  return `Unknown placeholder${unknown.length === 1 ? "" : "s"} ${unknown.map((n) => `{${n}}`).join(", ")}: use ${PLACEHOLDERS.map((p) => `{${p}}`).join(" ")}`;
}

function checkHoursError(hours: number[]): string | undefined {
  if (hours.length < 1) return "Choose at least one check time";
  if (hours.length > MAX_CHECKS) return `Choose at most ${MAX_CHECKS} check times`;
  for (const hour of hours) {
    if (!Number.isInteger(hour)) return "Check times must be whole hours, like 24, 2";
    if (hour < 1 || hour > MAX_CHECK_HOURS) return `Each check must be 1–${MAX_CHECK_HOURS} hours before check-in`;
  }
  return undefined;
}

/** Every field's first problem in what the property form sends. */
export function propertyErrors(input: PropertyInput): FieldErrors {
  const found: [string, string | undefined][] = [
    ["name", nameError(input.name)],
    ["lockIds", doorsError(input.lockIds)],
    ["checkInTime", timeError("Check-in", input.checkInTime)],
    ["checkOutTime", timeError("Check-out", input.checkOutTime)],
    ["earlyMinutes", bufferError("Early buffer", input.earlyMinutes)],
    ["lateMinutes", bufferError("Late buffer", input.lateMinutes)],
    ["messageTemplate", templateError(input.messageTemplate)],
    ["messageTemplateDe", templateError(input.messageTemplateDe ?? null)],
    ["messageTemplateDe", templateError(input.messageTemplateDe ?? null)],
    ["checkHours", input.checkHours === undefined ? undefined : checkHoursError(input.checkHours)],
  ];
  const errors: FieldErrors = {};
  for (const [field, message] of found) if (message !== undefined) errors[field] = message;
  return errors;
}
