import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/types";
import { dayMonth, weekdayName } from "@/lib/time/names";
import { nightsBetween } from "./nights";

/** "Fri 8 Jan 2027" ("Fr., 8. Jan. 2027"): a calendar date as hosts read it, the same in every browser zone. */
export function formatStayDate(date: string, locale: Locale = "en"): string {
  const [y, m, d] = date.split("-").map(Number);
  const day = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).getUTCDay();
  // German puts a comma after the weekday, as de-DE's Intl does.
  return `${weekdayName(locale, day)}${locale === "de" ? "," : ""} ${dayMonth(locale, d ?? 1, m ?? 1, y)}`;
}

/** "Fri 8 Jan 2027 → Sun 10 Jan 2027 · 2 nights"; `t` translates the "stays" namespace. In a component: `useStayDates()`. */
export function formatStayDates(arrival: string, departure: string, t: Translate, locale: Locale): string {
  return t("dates", { arrival: formatStayDate(arrival, locale), departure: formatStayDate(departure, locale), nights: nightsBetween(arrival, departure) });
}
