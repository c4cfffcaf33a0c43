import "server-only";
/** When the engine looks again: quick at first after a write, slower later, never in lockstep. */

/**
 * Nuki applies most writes within a few seconds, so the first ten seconds after a write are watched
 * closely (every 500 ms for five seconds, then every second); then the checks back off.
 */
export const CONFIRM_STEPS_MS = [
  500, 1_000, 1_500, 2_000, 2_500, 3_000, 3_500, 4_000, 4_500, 5_000,
  6_000, 7_000, 8_000, 9_000, 10_000,
  12_000, 15_000, 20_000, 30_000,
];
const CONFIRM_EVERY_MS = 30_000;

/**
 * The next check of Nuki's listing after a write sent at `sentAt`: every 500 ms for the first five
 * seconds, every second up to ten, then 12, 15, 20 and 30 s after it, then every 30 s, and exactly
 * at the end of the confirmation window so a failure shows on time.
 */
export function nextConfirmCheck(sentAt: number, now: number, windowMs: number): number {
  const end = sentAt + windowMs;
  for (const step of CONFIRM_STEPS_MS) if (sentAt + step > now) return Math.min(sentAt + step, end);
  const elapsed = now - sentAt;
  const next = sentAt + (Math.floor(elapsed / CONFIRM_EVERY_MS) + 1) * CONFIRM_EVERY_MS;
  return next < end ? next : Math.max(end, now + 1);
}

export const RETRY_BASE_MS = 1_000;
export const RETRY_CAP_MS = 60_000;

/**
 * Delay before sending again after 429, 5xx or a network error: exponential with "equal jitter"
 * (half fixed, half random) so many PINs failing together do not retry together, and never
 * sooner than Nuki's `Retry-After`.
 */
export function retryDelay(failures: number, retryAfterSeconds: number | undefined, random: () => number = Math.random): number {
  const exponential = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** Math.max(0, failures - 1));
  const jittered = exponential / 2 + random() * (exponential / 2);
  const floor = retryAfterSeconds && retryAfterSeconds > 0 ? Math.min(retryAfterSeconds, 3600) * 1000 : 0;
  return Math.round(Math.max(jittered, floor));
}
