import { NukiError } from "./errors";

/**
 * How an idempotent read is tried again when Nuki stumbles (429, 5xx, a timeout, a dropped
 * connection). The whole read, waits included, stays within `budgetMs`, so a page still answers in
 * time; a `Retry-After` longer than what is left is not waited for: the host gets today's clear
 * error at once instead of a spinner. Writes are never retried here: the ledger owns them.
 */
export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  /** Time for the whole read, every try and wait included. */
  budgetMs: number;
  /** The first backoff; doubled for each further try, then jittered. */
  baseDelayMs: number;
  /** The longest single wait, `Retry-After` included. */
  maxDelayMs: number;
  random: () => number;
  sleep: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 4,
  budgetMs: 8_000,
  baseDelayMs: 150,
  maxDelayMs: 2_500,
  random: Math.random,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Worth another try: Nuki (or the way to it) failed for now, not because of the request. */
export function isTransient(error: unknown): error is NukiError {
  return error instanceof NukiError && (error.kind === "rate_limited" || error.kind === "unavailable");
}

/**
 * The wait before try number `attempt + 1` (attempt counts from 1), or null when none fits:
 * Nuki's own `Retry-After` wins over the backoff; otherwise "equal jitter" (half fixed, half
 * random) so instances that failed together do not come back together.
 */
export function retryDelay(policy: RetryPolicy, attempt: number, error: NukiError, remainingMs: number): number | null {
  if (attempt >= policy.attempts) return null;
  const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  const jittered = backoff / 2 + policy.random() * (backoff / 2);
  const delay = error.retryAfter !== undefined ? Math.max(error.retryAfter * 1000, jittered) : jittered;
  if (delay > policy.maxDelayMs || delay >= remainingMs) return null;
  return delay;
}

/**
 * Runs `once` (one upstream try, given the time it may take) until it succeeds, fails for good,
 * or the budget is spent; the last error is the one thrown.
 */
export async function withRetries<T>(policy: RetryPolicy, timeoutMs: number, once: (timeoutMs: number) => Promise<T>): Promise<T> {
  const started = performance.now();
  for (let attempt = 1; ; attempt++) {
    const remaining = policy.budgetMs - (performance.now() - started);
    try {
      return await once(Math.max(1, Math.floor(Math.min(timeoutMs, remaining))));
    } catch (error) {
      if (!isTransient(error)) throw error;
      const delay = retryDelay(policy, attempt, error, policy.budgetMs - (performance.now() - started));
      if (delay === null) throw error;
      await policy.sleep(delay);
    }
  }
}
