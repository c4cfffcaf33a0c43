import type { Locale } from "@/lib/i18n/config";

/** Short English month names, January first. */
export const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** Short English weekday names in `Date#getUTCDay` order (Sunday first). */
export const DAY_NAMES = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;

// As de-DE's Intl spells them ("5. Dez. 2026"); written out so every page need not ship Intl data lookups.
const MONTHS_DE = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."] as const;
const DAY_NAMES_DE = ["So.", "Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa."] as const;

const NAMES: Record<Locale, { months: readonly string[]; days: readonly string[] }> = {
  en: { months: MONTHS, days: DAY_NAMES },
  de: { months: MONTHS_DE, days: DAY_NAMES_DE },
};

/** The short name of month 1–12 in the language. */
export const monthName = (locale: Locale, month: number): string => NAMES[locale].months[month - 1] ?? "";

/** The short name of a weekday, 0 Sunday … 6 Saturday, in the language. */
export const weekdayName = (locale: Locale, sundayFirst: number): string => NAMES[locale].days[sundayFirst] ?? "";

/** "5 Dec 2026" or "5. Dez. 2026"; without a year, "5 Dec" or "5. Dez.". */
export function dayMonth(locale: Locale, day: number, month: number, year?: number | null): string {
  const name = monthName(locale, month);
  const date = locale === "de" ? `${day}. ${name}` : `${day} ${name}`;
  return year == null ? date : `${date} ${year}`;
}
