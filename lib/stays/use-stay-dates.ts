import { useLocale } from "next-intl";
import { useMemo } from "react";
import { useTranslate } from "@/lib/i18n/use-translate";
import { formatStayDate, formatStayDates } from "./format";

/** A stay's dates in the page's language, for any component: `date("2027-01-08")`, `dates(arrival, departure)`. */
export function useStayDates() {
  const t = useTranslate("stays");
  const locale = useLocale();
  return useMemo(
    () => ({
      date: (date: string) => formatStayDate(date, locale),
      dates: (arrival: string, departure: string) => formatStayDates(arrival, departure, t, locale),
    }),
    [t, locale],
  );
}
