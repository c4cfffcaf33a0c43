import type { Locale } from "@/lib/i18n/config";
import { dayMonth } from "@/lib/time/names";

/**
 * A lock-local `YYYY-MM-DDTHH:mm[:ss]` as "23 Nov 2026, 15:47" (German "23. Nov. 2026, 15:47"):
 * shown as the lock's clock read, never converted again.
 */
export function wallTimeWords(at: string, locale: Locale): string {
  const [date = "", time = ""] = at.split("T");
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const parsed = new Date(`${date}T12:00:00Z`);
  if (!match || Number.isNaN(parsed.getTime())) return at;
  const day = dayMonth(locale, parsed.getUTCDate(), parsed.getUTCMonth() + 1, parsed.getUTCFullYear());
  return time ? `${day}, ${time.slice(0, 5)}` : day;
}
