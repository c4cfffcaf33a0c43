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
  return trimmed.length < 1 || trimmed.length > 60 ? "validation.propertyNameLength" : undefined;
}

function doorsError(lockIds: number[]): string | undefined {
  if (lockIds.length < 1) return "validation.doorsMin";
  if (lockIds.length > MAX_DOORS) return "validation.doorsMax";
  if (lockIds.some((id) => parseLockId(String(id)) === null)) return "validation.doorLockId";
  if (new Set(lockIds).size !== lockIds.length) return "validation.doorsOnce";
  return undefined;
}

// Errors are keys of messages/<language>/validation.json, the same as the schema's; the form shows them translated.
const timeError = (notTime: string, value: string) => (isTimeOfDay(value) ? undefined : notTime);

function bufferError(which: "early" | "late", minutes: number): string | undefined {
  if (!Number.isFinite(minutes)) return which === "early" ? "validation.earlyNumber" : "validation.lateNumber";
  if (!Number.isInteger(minutes)) return which === "early" ? "validation.earlyWhole" : "validation.lateWhole";
  if (minutes < 0 || minutes > MAX_BUFFER_MINUTES) return which === "early" ? "validation.earlyRange" : "validation.lateRange";
  return undefined;
}

function templateError(template: string | null): string | undefined {
  if (template === null) return undefined;
  if (template.length > MAX_TEMPLATE_LENGTH) return "validation.templateLength";
  const unknown = validateTemplate(template);
  if (unknown.length === 0) return undefined;
  return `Unknown placeholder${unknown.length === 1 ? "" : "s"} ${unknown.map((n) => `{${n}}`).join(", ")}: use ${PLACEHOLDERS.map((p) => `{${p}}`).join(" ")}`;
}

function checkHoursError(hours: number[]): string | undefined {
  if (hours.length < 1) return "validation.checkHoursMin";
  if (hours.length > MAX_CHECKS) return "validation.checkHoursMax";
  for (const hour of hours) {
    if (!Number.isInteger(hour)) return "validation.checkHoursWhole";
    if (hour < 1 || hour > MAX_CHECK_HOURS) return "validation.checkHoursRange";
  }
  return undefined;
}

/** Every field's first problem in what the property form sends. */
export function propertyErrors(input: PropertyInput): FieldErrors {
  const found: [string, string | undefined][] = [
    ["name", nameError(input.name)],
    ["lockIds", doorsError(input.lockIds)],
    ["checkInTime", timeError("validation.checkInTime", input.checkInTime)],
    ["checkOutTime", timeError("validation.checkOutTime", input.checkOutTime)],
    ["earlyMinutes", bufferError("early", input.earlyMinutes)],
    ["lateMinutes", bufferError("late", input.lateMinutes)],
    ["messageTemplate", templateError(input.messageTemplate)],
    ["messageTemplateDe", templateError(input.messageTemplateDe ?? null)],
    ["checkHours", input.checkHours === undefined ? undefined : checkHoursError(input.checkHours)],
  ];
  const errors: FieldErrors = {};
  for (const [field, message] of found) if (message !== undefined) errors[field] = message;
  return errors;
}
