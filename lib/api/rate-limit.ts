import "server-only";
import { processSingleton } from "@/lib/process/singleton";
import { env } from "@/lib/env/index.mjs";
import { sharedLimiter, type SharedLimiter } from "@/lib/shared";
import { ApiError } from "./errors";

interface Limits {
  writes: SharedLimiter;
  generatedCodes: SharedLimiter;
}

/**
 * Counted in PostgreSQL when DATABASE_URL is set, so a sign-in spread over several instances has
 * one budget; in this process's memory on SQLite. Next may bundle this module several times, so
 * the state lives on globalThis to be shared by every route.
 */
function limits(): Limits {
  return processSingleton("rateLimits", () => ({
    writes: sharedLimiter("writes", env.rateLimits.writes),
    generatedCodes: sharedLimiter("generated-codes", env.rateLimits.generatedCodes),
  }));
}

// The seconds as written, not as a number format would group them ("3600 s", never "3,600 s").
const tooMany = (code: "rate_limited" | "code_generation_limited", key: "tooManyChanges" | "tooManyCodes", retryAfterSeconds: number) =>
  new ApiError(code, key, undefined, retryAfterSeconds, { seconds: String(retryAfterSeconds) });

/** Counts one write by this sign-in, junk included: a brute-forcer's junk is what must be slowed. */
export async function limitWrite(grantId: string): Promise<void> {
  const verdict = await limits().writes.take(grantId);
  if (!verdict.ok) {
    throw tooMany("rate_limited", "tooManyChanges", verdict.retryAfterSeconds);
  }
}

/**
 * Charges one generated code to a sign-in, so a stolen session cannot flood a keypad. The route
 * wrapper hands services this as their code budget; the engine and tests have nobody to charge.
 */
export async function chargeGeneratedCode(grantId: string): Promise<void> {
  const verdict = await limits().generatedCodes.take(grantId);
  if (!verdict.ok) {
    throw tooMany("code_generation_limited", "tooManyCodes", verdict.retryAfterSeconds);
  }
}
