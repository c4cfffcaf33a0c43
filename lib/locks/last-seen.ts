import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/types";
import { formatLocalInstant } from "@/lib/time/format-instant";
import type { Lock } from "./types";

/** "last seen 5 Dec 2026, 21:03", in the lock's zone: an offline lock is described as of then (`t` of `locks`). */
export function lastSeenWords(lastSeenAt: string, zone: string, t: Translate, locale: Locale): string {
  return t("lastSeen", { time: formatLocalInstant(lastSeenAt, zone, locale) });
}

/** The lock and door state; for an offline lock, plainly as of when Nuki last heard from it, not as live. */
export function lockStateWords(lock: Pick<Lock, "online" | "lastSeenAt" | "timeZone">, state: string, t: Translate, locale: Locale): string {
  if (lock.online) return state;
  return lock.lastSeenAt ? t("offlineSince", { time: formatLocalInstant(lock.lastSeenAt, lock.timeZone, locale), state }) : t("offlineLastKnown", { state });
}
