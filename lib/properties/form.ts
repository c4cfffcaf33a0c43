import { DEFAULT_CHECK_HOURS } from "@/lib/checks/rules";
import type { Locale } from "@/lib/i18n/config";
import { PROPERTY_DEFAULTS, type Property, type PropertyInput } from "./types";

/** What the property form's inputs hold: strings as inputs give them. */
export interface PropertyFormValues {
  name: string;
  lockIds: number[];
  checkInTime: string;
  checkOutTime: string;
  earlyMinutes: string;
  lateMinutes: string;
  /** The English template, as typed. */
  messageTemplate: string;
  /** The German template, as typed. */
  messageTemplateDe: string;
  messageLanguage: Locale;
  /** "24, 2": hours before check-in, as typed. */
  checkHours: string;
}

/** A new property's form; its guest messages start in `messageLanguage`, the host's own language. */
export function emptyPropertyForm(messageLanguage: Locale = PROPERTY_DEFAULTS.messageLanguage): PropertyFormValues {
  return { name: "", lockIds: [], checkInTime: PROPERTY_DEFAULTS.checkInTime, checkOutTime: PROPERTY_DEFAULTS.checkOutTime, earlyMinutes: "0", lateMinutes: "0", messageTemplate: "", messageTemplateDe: "", messageLanguage, checkHours: DEFAULT_CHECK_HOURS.join(", ") };
}

export function formFromProperty(property: Omit<Property, "leadDays" | "codeChoice" | "checkHours" | "messageTemplateDe" | "messageLanguage"> & Partial<Pick<Property, "checkHours" | "messageTemplateDe" | "messageLanguage">>): PropertyFormValues {
  return {
    name: property.name,
    lockIds: [...property.lockIds],
    checkInTime: property.checkInTime,
    checkOutTime: property.checkOutTime,
    earlyMinutes: String(property.earlyMinutes),
    lateMinutes: String(property.lateMinutes),
    messageTemplate: property.messageTemplate ?? "",
    messageTemplateDe: property.messageTemplateDe ?? "",
    messageLanguage: property.messageLanguage ?? PROPERTY_DEFAULTS.messageLanguage,
    checkHours: (property.checkHours ?? DEFAULT_CHECK_HOURS).join(", "),
  };
}

/** A blank minutes field is 0; anything else that is not a whole number is left for the rules to refuse. */
const minutes = (value: string): number => (value.trim() === "" ? 0 : Number(value));

/** "24, 2h 48" → [24, 2, 48]; a word stays NaN so the rules refuse it by name. */
export function hoursFromText(text: string): number[] {
  return text.split(/[\s,;]+/).filter(Boolean).map((part) => Number(part.replace(/h$/i, "")));
}

export function inputFromPropertyForm(values: PropertyFormValues): PropertyInput {
  return {
    name: values.name,
    lockIds: values.lockIds,
    checkInTime: values.checkInTime,
    checkOutTime: values.checkOutTime,
    earlyMinutes: minutes(values.earlyMinutes),
    lateMinutes: minutes(values.lateMinutes),
    messageTemplate: values.messageTemplate.trim() === "" ? null : values.messageTemplate,
    messageTemplateDe: values.messageTemplateDe.trim() === "" ? null : values.messageTemplateDe,
    messageLanguage: values.messageLanguage,
    checkHours: hoursFromText(values.checkHours),
  };
}

export function toggleLock(lockIds: number[], lockId: number, on: boolean): number[] {
  return on ? (lockIds.includes(lockId) ? lockIds : [...lockIds, lockId]) : lockIds.filter((id) => id !== lockId);
}
