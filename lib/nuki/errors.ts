/** The one error type of the Nuki client: what went wrong upstream, in terms the app can map. */
export type NukiErrorKind =
  | "unauthorized" // 401: token invalid, expired or lacking a scope
  | "not_found" // 403 or 404: not the user's lock or auth
  | "invalid" // 400: a parameter Nuki refused
  | "conflict" // 409: e.g. a duplicate code
  | "unprocessable" // 422: e.g. a name too long
  | "locked" // 423: an operation on the auth is pending
  | "rate_limited" // 429
  | "unavailable" // 5xx, timeouts and network failures
  | "bad_response"; // a 2xx whose body is not what the spec promises

/**
 * Next bundles the engine (started from instrumentation) and each route separately, so an error
 * thrown by one copy of this class must still be recognised by another: `instanceof` checks a brand.
 */
const BRAND: unique symbol = Symbol.for("keyhost.NukiError");

/** What the client says when Nuki gave no answer at all; the engine records which one it was. */
export const NO_ANSWER = { timeout: "Nuki did not answer in time", unreachable: "Nuki could not be reached" } as const;

export class NukiError extends Error {
  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
  }
  readonly [BRAND] = true;
  readonly name = "NukiError";
  constructor(
    readonly kind: NukiErrorKind,
    message: string,
    readonly status?: number,
    /** Nuki's own words from the error body, safe to show (never contains tokens). */
    readonly detail?: string,
    /** Seconds from a `Retry-After` header, when Nuki sent one. */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

export function kindForStatus(status: number): NukiErrorKind {
  if (status === 401) return "unauthorized";
  if (status === 403 || status === 404) return "not_found";
  if (status === 409) return "conflict";
  if (status === 422) return "unprocessable";
  if (status === 423) return "locked";
  if (status === 429) return "rate_limited";
  if (status >= 500) return "unavailable";
  return "invalid";
}

/** Nuki answers errors in two shapes; pull the human sentence out of either. */
export function detailFromBody(body: unknown): string | undefined {
  if (!body || typeof body !== "object") return undefined;
  const record = body as Record<string, unknown>;
  for (const key of ["detailMessage", "description", "message", "error_description", "error"]) {
    const value = record[key];
    if (typeof value === "string" && value.trim()) return value.trim().slice(0, 300);
  }
  return undefined;
}
