import type { Locale } from "@/lib/i18n/config";

/** One door the code opens, with its window as lock-local wall times (`YYYY-MM-DDTHH:mm`, null = no limit). */
export interface GuestMessageDoor {
  name: string;
  timeZone: string;
  validFrom: string | null;
  validUntil: string | null;
  /** Further limits inside the window, e.g. "Mon–Fri 08:00–18:00", in the message's language, so the guest is not surprised at the door. */
  hours?: string | null;
}

export interface GuestMessageData {
  guestName: string;
  code: string;
  propertyName?: string;
  doors: GuestMessageDoor[];
}

export const PLACEHOLDERS = ["guest", "code", "doors", "from", "until", "property"] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** `{guest}` and its kind, as a host types them into a template. */
export const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

export const isPlaceholder = (name: string): name is Placeholder => (PLACEHOLDERS as readonly string[]).includes(name);

/** The placeholders a template uses that Keyhost does not know, each once, in order of appearance. */
export function validateTemplate(template: string): string[] {
  const unknown = [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!).filter((name) => !isPlaceholder(name));
  return [...new Set(unknown)];
}

/** A property's templates: the English one (`messageTemplate`, as before languages) and the German one; null or empty means Keyhost's default in that language. */
export interface MessageTemplates {
  messageTemplate: string | null;
  messageTemplateDe?: string | null;
}

/** The property's own template in `language`, or null for Keyhost's default in it. */
export function templateFor(property: MessageTemplates | null | undefined, language: Locale): string | null {
  if (!property) return null;
  return (language === "de" ? property.messageTemplateDe : property.messageTemplate) ?? null;
}
