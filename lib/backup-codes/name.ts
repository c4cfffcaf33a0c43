import type { Locale } from "@/lib/i18n/config";
import { translateIn } from "@/lib/i18n/translate";
import { MAX_NAME_LENGTH } from "@/lib/pins/schema";

/**
 * A backup code's name on the lock, "Backup 1 · Seaside Flat", so a host scrolling the Nuki app
 * recognises it; the property's name is cut to fit Nuki's 20 characters.
 */
export function backupPinName(slot: number, propertyName: string): string {
  const prefix = `Backup ${slot}`;
  const property = propertyName.replace(/[\p{C}]/gu, " ").replace(/\s+/g, " ").trim();
  const room = MAX_NAME_LENGTH - prefix.length - 3;
  let cut = "";
  for (const char of property) {
    if (cut.length + char.length > room) break;
    cut += char;
  }
  // Cut at a word where one ends inside the room: "Seaside", not "Seaside F".
  if (cut.length < property.length && cut.includes(" ")) cut = cut.slice(0, cut.lastIndexOf(" "));
  cut = cut.trimEnd();
  return cut ? `${prefix} · ${cut}` : prefix;
}

/** The sentence a guest message ends with when it offers a backup code, in the message's language. */
export function backupLine(code: string, locale: Locale = "en"): string {
  return translateIn(locale, "backupCodes")("line", { code });
}
