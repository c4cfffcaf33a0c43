import { INTL_LOCALE, type Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/types";

/**
 * How long Nuki takes to put a write on a lock, measured from the accepted request to the listing
 * that showed it, and what that history means for a write still on its way. Pure, so the lock page,
 * the API and the engine all read the same figures.
 */

/** Writes a lock's figures are taken over: its most recent ones. */
export const CONFIRM_SAMPLE_SIZE = 50;
/** Below this many measured writes, the default bound is used: a few writes say little. */
export const MIN_SAMPLES_FOR_BOUND = 5;
/** However quick a lock usually is, a write is not called slow this soon. */
const MIN_BOUND_MS = 2_000;
/** Room above the lock's usual 90th percentile before a write counts as slow. */
const MARGIN_MS = 2_000;

export interface ConfirmTimes {
  /** Writes measured (at most the last 50). */
  writes: number;
  /** Half of those writes reached the lock within this; null before the first. */
  medianMs: number | null;
  /** Nine in ten of those writes reached the lock within this; null before the first. */
  p90Ms: number | null;
  /** A write still unseen after this long is shown as taking longer than usual. */
  slowAfterMs: number;
  /** Whether `slowAfterMs` comes from this lock's own writes (false: the default, too few measured). */
  fromHistory: boolean;
}

/** The nearest-rank percentile (0 < p ≤ 100) of a list of durations; null for an empty list. */
export function percentile(samples: readonly number[], p: number): number | null {
  if (!samples.length) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

/**
 * The bound past which a write is "taking longer than usual": twice the lock's 90th percentile and
 * at least two seconds more than it, never sooner than 2 s and never later than `defaultMs` (which
 * comes well before the write is given up). With fewer than five writes measured: `defaultMs`.
 */
export function slowBoundMs(samples: readonly number[], defaultMs: number): number {
  const p90 = samples.length >= MIN_SAMPLES_FOR_BOUND ? percentile(samples, 90) : null;
  if (p90 === null) return defaultMs;
  return Math.min(defaultMs, Math.max(MIN_BOUND_MS, 2 * p90, p90 + MARGIN_MS));
}

/** The figures for a lock from its recent durations (newest first or in any order). */
export function confirmTimes(samples: readonly number[], defaultMs: number): ConfirmTimes {
  const recent = samples.slice(0, CONFIRM_SAMPLE_SIZE);
  return {
    writes: recent.length,
    medianMs: percentile(recent, 50),
    p90Ms: percentile(recent, 90),
    slowAfterMs: slowBoundMs(recent, defaultMs),
    fromHistory: recent.length >= MIN_SAMPLES_FOR_BOUND,
  };
}

/** "4 s", "1.5 s" (German "1,5 s"), "2 min 5 s": seconds to one decimal under ten, whole seconds above. */
export function formatDuration(ms: number, locale: Locale = "en"): string {
  const seconds = ms / 1000;
  if (seconds < 10) return `${new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 1 }).format(Number(seconds.toFixed(1)))} s`;
  const whole = Math.round(seconds);
  return whole < 60 ? `${whole} s` : `${Math.floor(whole / 60)} min${whole % 60 ? ` ${whole % 60} s` : ""}`;
}

/** The sentence the lock page shows, in a host's words; `t` is the translator of the "pins" namespace. */
export function describeConfirmTimes(figures: ConfirmTimes, t: Translate, locale: Locale = "en"): string {
  const slow = formatDuration(figures.slowAfterMs, locale);
  if (figures.p90Ms === null || figures.medianMs === null) return t("confirmTimes.none", { slow });
  const values = { p90: formatDuration(figures.p90Ms, locale), median: formatDuration(figures.medianMs, locale), count: figures.writes, slow };
  return figures.fromHistory ? t("confirmTimes.usual", values) : t("confirmTimes.fewTimed", values);
}
