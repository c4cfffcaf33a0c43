import { PROPERTY_DEFAULTS, type Property, type PropertyInput } from "./types";

/** What the property form's inputs hold: strings as inputs give them. */
export interface PropertyFormValues {
  name: string;
  lockIds: number[];
  checkInTime: string;
  checkOutTime: string;
  earlyMinutes: string;
  lateMinutes: string;
  messageTemplate: string;
}

export function emptyPropertyForm(): PropertyFormValues {
  return { name: "", lockIds: [], checkInTime: PROPERTY_DEFAULTS.checkInTime, checkOutTime: PROPERTY_DEFAULTS.checkOutTime, earlyMinutes: "0", lateMinutes: "0", messageTemplate: "" };
}

export function formFromProperty(property: Omit<Property, "leadDays" | "codeChoice">): PropertyFormValues {
  return {
    name: property.name,
    lockIds: [...property.lockIds],
    checkInTime: property.checkInTime,
    checkOutTime: property.checkOutTime,
    earlyMinutes: String(property.earlyMinutes),
    lateMinutes: String(property.lateMinutes),
    messageTemplate: property.messageTemplate ?? "",
  };
}

/** A blank minutes field is 0; anything else that is not a whole number is left for the rules to refuse. */
const minutes = (value: string): number => (value.trim() === "" ? 0 : Number(value));

export function inputFromPropertyForm(values: PropertyFormValues): PropertyInput {
  return {
    name: values.name,
    lockIds: values.lockIds,
    checkInTime: values.checkInTime,
    checkOutTime: values.checkOutTime,
    earlyMinutes: minutes(values.earlyMinutes),
    lateMinutes: minutes(values.lateMinutes),
    messageTemplate: values.messageTemplate.trim() === "" ? null : values.messageTemplate,
  };
}

export function toggleLock(lockIds: number[], lockId: number, on: boolean): number[] {
  return on ? (lockIds.includes(lockId) ? lockIds : [...lockIds, lockId]) : lockIds.filter((id) => id !== lockId);
}
