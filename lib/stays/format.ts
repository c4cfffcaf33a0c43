import { DAY_NAMES, MONTHS } from "@/lib/time/names";
import { nightsBetween } from "./nights";

/** "Fri 8 Jan 2027": a calendar date as hosts read it, the same in every browser zone. */
export function formatStayDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  const day = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).getUTCDay();
  return `${DAY_NAMES[day]} ${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** "Fri 8 Jan 2027 → Sun 10 Jan 2027 · 2 nights". */
export function formatStayDates(arrival: string, departure: string): string {
  const nights = nightsBetween(arrival, departure);
  return `${formatStayDate(arrival)} → ${formatStayDate(departure)} · ${nights} night${nights === 1 ? "" : "s"}`;
}
