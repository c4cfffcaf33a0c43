import type { Locale } from "@/lib/i18n/config";
import { serverTranslator } from "@/lib/i18n/translate";
import { MAX_NAME_LENGTH } from "@/lib/pins/schema";
import { dayMonth } from "@/lib/time/names";

/**
 * The PIN's name on the lock: the guest's name cut to fit, then the arrival day, e.g.
 * "Anna Schmidt 4 Dec", so a host scrolling the Nuki app recognises it. Never over Nuki's 20.
 * Named in the language of the host who makes or moves the stay ("Anna Schmidt 4. Dez."); a name
 * on a lock stays as it was written.
 */
export function stayPinName(guestName: string, arrival: string, locale: Locale = "en"): string {
  const [, month, day] = arrival.split("-").map(Number);
  const suffix = ` ${dayMonth(locale, day ?? 1, month ?? 1)}`;
  // Control characters and runs of spaces would only make the name harder to read on a lock.
  const guest = guestName.replace(/[\p{C}]/gu, " ").replace(/\s+/g, " ").trim();
  const room = MAX_NAME_LENGTH - suffix.length;
  // Counted in UTF-16 units like the PIN rules, without splitting a character in two.
  let cut = "";
  for (const char of guest) {
    if (cut.length + char.length > room) break;
    cut += char;
  }
  cut = cut.trimEnd();
  return `${cut || serverTranslator(locale, "stays")("pinName.guest")}${suffix}`;
}
