const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** "Fri 8 Jan 2027": a calendar date as hosts read it, the same in every browser zone. */
export function formatStayDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  const day = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).getUTCDay();
  return `${DAYS[day]} ${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** "Fri 8 Jan 2027 → Sun 10 Jan 2027 · 2 nights". */
export function formatStayDates(arrival: string, departure: string): string {
  const nights = Math.round((Date.parse(`${departure}T00:00:00Z`) - Date.parse(`${arrival}T00:00:00Z`)) / 86_400_000);
  return `${formatStayDate(arrival)} → ${formatStayDate(departure)} · ${nights} night${nights === 1 ? "" : "s"}`;
}
