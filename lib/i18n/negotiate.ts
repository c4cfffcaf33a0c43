import Negotiator from "negotiator";
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "./config";

/** The host's choice from the cookie when it names a language we speak, else the browser's best match. */
export function negotiateLocale(cookieValue: string | undefined | null, acceptLanguage: string | undefined | null): Locale {
  if (isLocale(cookieValue)) return cookieValue;
  if (!acceptLanguage) return DEFAULT_LOCALE;
  // Negotiator matches "de-AT" to "de" and honours q-values; it answers in our own spelling.
  const [best] = new Negotiator({ headers: { "accept-language": acceptLanguage } }).languages([...LOCALES]);
  return isLocale(best) ? best : DEFAULT_LOCALE;
}
