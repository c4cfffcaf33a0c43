/** The languages Keyhost speaks; the first is the fallback when nothing else decides. */
export const LOCALES = ["en", "de"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** The host's own choice, kept for a year; without it the browser's Accept-Language decides. */
export const LOCALE_COOKIE = "keyhost-locale";
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

/** Each language named in itself, as a language menu shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", de: "Deutsch" };

/** The BCP 47 tag Intl formats with: British English keeps the 24-hour clock and day-month order. */
export const INTL_LOCALE: Record<Locale, string> = { en: "en-GB", de: "de-DE" };

export const isLocale = (value: unknown): value is Locale => (LOCALES as readonly unknown[]).includes(value);
