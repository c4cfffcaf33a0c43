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

interface RangeWords {
  whole: string;
  start: string;
  end: string;
  joiner: string;
}

/** A start/end pair read together, so both ends cleared reads as one change, not two. */
function describeRange(from: Drift | undefined, until: Drift | undefined, words: RangeWords): string | null {
  const start = wall(from?.actual);
  const end = wall(until?.actual);
  if (from && until) {
    if (!start && !end) return `${words.whole} cleared`;
    return `${words.whole} changed to ${start ?? "no start"}${words.joiner}${end ?? "no end"}`;
  }
  if (from) return start ? `${words.start} changed to ${start}` : `${words.start} cleared`;
  if (until) return end ? `${words.end} changed to ${end}` : `${words.end} cleared`;
  return null;
}

const WINDOW: RangeWords = { whole: "time window", start: "start", end: "end", joiner: " → " };
const DAILY: RangeWords = { whole: "daily hours", start: "daily start", end: "daily end", joiner: "–" };

function describeDays(drift: Drift): string {
  const days = weekdays(drift.actual);
  if (!days) return "days changed";
  if (days.length === 0) return "days cleared";
  return `days changed to ${isEveryDay(days) ? "every day" : describeWeekdays(days)}`;
}

function describeSingle(drift: Drift): string {
  switch (drift.field) {
    case "name":
      return typeof drift.actual === "string" ? `name changed to “${drift.actual}”` : "name changed";
    case "code":
      // The code itself is never shown unasked, so the summary only says that it differs.
      return "code changed";
    case "enabled":
      if (drift.actual === false) return "disabled";
      if (drift.actual === true) return "enabled";
      return "enabled or disabled differently";
    case "weekdays":
      return describeDays(drift);
    default:
      return `${drift.field} changed`;
  }
}

/** validFrom and dailyFrom stand for their pairs, which are described together. */
const ORDER: DriftField[] = ["name", "code", "enabled", "validFrom", "weekdays", "dailyFrom"];

/**
 * What the lock has instead of what the host set, in a host's words:
 * "On the lock: time window cleared, name changed to “X”", or "This PIN is missing from the lock".
 * Null when nothing differs.
 */
export function driftSummary(drift: readonly Drift[] | undefined): string | null {
  if (!drift || drift.length === 0) return null;
  if (drift.some((d) => d.field === "missing")) return "This PIN is missing from the lock";
  const byField = new Map(drift.map((d) => [d.field, d] as const));
  const parts: string[] = [];
  for (const field of ORDER) {
    const text =
      field === "validFrom"
        ? describeRange(byField.get("validFrom"), byField.get("validUntil"), WINDOW)
        : field === "dailyFrom"
          ? describeRange(byField.get("dailyFrom"), byField.get("dailyUntil"), DAILY)
          : byField.has(field)
            ? describeSingle(byField.get(field)!)
            : null;
    if (text) parts.push(text);
  }
  return parts.length ? `On the lock: ${parts.join(", ")}` : null;
}
