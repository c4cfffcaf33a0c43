import type { Locale } from "@/lib/i18n/config";

/** A property as the JSON API and UI see it. */
export interface Property {
  id: string;
  name: string;
  /** The property's doors, in the order the host listed them. */
  lockIds: number[];
  /** Lock-local `HH:mm`. */
  checkInTime: string;
  checkOutTime: string;
  /** Minutes a stay's PIN works before check-in and after check-out. */
  earlyMinutes: number;
  lateMinutes: number;
  /** The guest message in English; null means Keyhost's default template. */
  messageTemplate: string | null;
  /** The guest message in German; null means Keyhost's German default. */
  messageTemplateDe: string | null;
  /** The language its stays' and PINs' messages are written in unless the host picks another for one message. */
  messageLanguage: Locale;
  /** Days before check-in a synced stay's code goes onto the doors (a keypad holds about 100 codes). */
  leadDays: number;
  /** How a synced stay's code is chosen: at random, or from the guest's phone digits where the feed has them. */
  codeChoice: CodeChoice;
  /** Hours before check-in each stay's doors are checked, latest first (`[24, 2]` unless the host chose). */
  checkHours: number[];
}

export const CODE_CHOICES = ["random", "phone"] as const;
export type CodeChoice = (typeof CODE_CHOICES)[number];

export type PropertyInput = Omit<Property, "id" | "leadDays" | "codeChoice" | "checkHours" | "messageTemplateDe" | "messageLanguage"> & Partial<Pick<Property, "leadDays" | "codeChoice" | "checkHours" | "messageTemplateDe" | "messageLanguage">>;

export const PROPERTY_DEFAULTS = { checkInTime: "15:00", checkOutTime: "11:00", earlyMinutes: 0, lateMinutes: 0, messageTemplate: null, messageTemplateDe: null, messageLanguage: "en", leadDays: 3, codeChoice: "random" } as const;

/** The property a lock belongs to, for its PINs' messages; the first by name when several share the lock. */
export function propertyOfLock<P extends Pick<Property, "lockIds">>(properties: P[], lockId: number): P | undefined {
  return properties.find((property) => property.lockIds.includes(lockId));
}
