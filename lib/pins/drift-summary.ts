import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/types";
import { describeWeekdays } from "@/lib/pins/describe-window";
import { isEveryDay, maskToWeekdays } from "@/lib/time/weekdays";
import { WEEKDAYS, type Drift, type DriftField, type Weekday } from "./types";

/** Wall times arrive lock-local already; only the separator is made readable, never the zone. */
function wall(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value.replace("T", " ") : null;
}

function weekdays(value: unknown): Weekday[] | null {
  if (typeof value === "number") return maskToWeekdays(value);
  if (!Array.isArray(value)) return null;
  return WEEKDAYS.filter((day) => value.includes(day));
}

/** The `drift.…` keys of one start/end pair: the PIN's window, or its daily hours. */
const RANGE_KEYS = {
  window: { cleared: "windowCleared", changed: "windowChanged", startChanged: "startChanged", startCleared: "startCleared", endChanged: "endChanged", endCleared: "endCleared" },
  daily: { cleared: "dailyCleared", changed: "dailyChanged", startChanged: "dailyStartChanged", startCleared: "dailyStartCleared", endChanged: "dailyEndChanged", endCleared: "dailyEndCleared" },
} as const;

/** A start/end pair read together, so both ends cleared reads as one change, not two. `t` speaks "pins". */
function describeRange(from: Drift | undefined, until: Drift | undefined, t: Translate, range: keyof typeof RANGE_KEYS): string | null {
  const keys = RANGE_KEYS[range];
  const start = wall(from?.actual);
  const end = wall(until?.actual);
  if (from && until) {
    if (!start && !end) return t(`drift.${keys.cleared}`);
    return t(`drift.${keys.changed}`, { start: start ?? t("changes.noStart"), end: end ?? t("changes.noEnd") });
  }
  if (from) return start ? t(`drift.${keys.startChanged}`, { start }) : t(`drift.${keys.startCleared}`);
  if (until) return end ? t(`drift.${keys.endChanged}`, { end }) : t(`drift.${keys.endCleared}`);
  return null;
}

function describeDays(drift: Drift, t: Translate, locale: Locale): string {
  const days = weekdays(drift.actual);
  if (!days) return t("drift.daysChanged");
  if (days.length === 0) return t("drift.daysCleared");
  return t("drift.daysChangedTo", { days: isEveryDay(days) ? t("window.everyDay") : describeWeekdays(days, locale) });
}

function describeSingle(drift: Drift, t: Translate, locale: Locale): string {
  switch (drift.field) {
    case "name":
      return typeof drift.actual === "string" ? t("drift.nameChangedTo", { name: drift.actual }) : t("drift.nameChanged");
    case "code":
      // The code itself is never shown unasked, so the summary only says that it differs.
      return t("drift.codeChanged");
    case "enabled":
      if (drift.actual === false) return t("drift.disabled");
      if (drift.actual === true) return t("drift.enabled");
      return t("drift.enabledDifferently");
    case "weekdays":
      return describeDays(drift, t, locale);
    default:
      return t("drift.fieldChanged", { field: drift.field });
  }
}

/** validFrom and dailyFrom stand for their pairs, which are described together. */
const ORDER: DriftField[] = ["name", "code", "enabled", "validFrom", "weekdays", "dailyFrom"];

/**
 * Each way the lock differs from what the host set, in a host's words: ["time window cleared",
 * "name changed to “X”"]. Empty when nothing differs; a missing PIN is `driftSummary`'s to say.
 */
export function driftParts(drift: readonly Drift[], t: Translate, locale: Locale): string[] {
  const byField = new Map(drift.map((d) => [d.field, d] as const));
  const parts: string[] = [];
  for (const field of ORDER) {
    const text =
      field === "validFrom"
        ? describeRange(byField.get("validFrom"), byField.get("validUntil"), t, "window")
        : field === "dailyFrom"
          ? describeRange(byField.get("dailyFrom"), byField.get("dailyUntil"), t, "daily")
          : byField.has(field)
            ? describeSingle(byField.get(field)!, t, locale)
            : null;
    if (text) parts.push(text);
  }
  return parts;
}

/**
 * What the lock has instead of what the host set, in a host's words:
 * "On the lock: time window cleared, name changed to “X”", or "This PIN is missing from the lock".
 * Null when nothing differs. `t` is the "pins" namespace's translator.
 */
export function driftSummary(drift: readonly Drift[] | undefined, t: Translate, locale: Locale): string | null {
  if (!drift || drift.length === 0) return null;
  if (drift.some((d) => d.field === "missing")) return t("drift.missing");
  const parts = driftParts(drift, t, locale);
  return parts.length ? t("drift.onLock", { changes: parts.join(", ") }) : null;
}
