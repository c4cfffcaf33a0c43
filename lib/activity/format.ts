/** A lock-local `YYYY-MM-DDTHH:mm[:ss]` as "23 Nov 2026, 15:47": shown as the lock's clock read, never converted again. */
export function wallTimeWords(at: string): string {
  const [date = "", time = ""] = at.split("T");
  const parsed = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return at;
  const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(parsed);
  return time ? `${day}, ${time.slice(0, 5)}` : day;
}
