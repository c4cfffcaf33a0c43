import { ZodError } from "zod";
import { DomainError, schemaMessage, type ErrorCode } from "@/lib/errors/domain-error";
import { NukiError } from "@/lib/nuki/errors";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { errorText } from "@/lib/i18n/translate";
import { firstIssue } from "@/lib/validation/zod-issue";

export { DomainError, type ErrorCode };

/** The one HTTP status of each error code. */
export const ERROR_STATUS: Record<ErrorCode, number> = {
  invalid_json: 400,
  invalid_input: 422,
  payload_too_large: 413,
  method_not_allowed: 405,
  forbidden_origin: 403,
  unauthorized: 401,
  session_expired: 401,
  rate_limited: 429,
  code_generation_limited: 429,
  not_found: 404,
  code_taken: 422,
  keypad_not_paired: 422,
  rejected_by_nuki: 422,
  conflict: 409,
  operation_pending: 409,
  deleting: 409,
  still_saving: 409,
  nothing_to_repair: 409,
  missing_on_lock: 409,
  cancelled: 409,
  has_stays: 409,
  property_deleted: 409,
  no_backup_code: 409,
  backup_codes_full: 409,
  pin_not_saved: 409,
  pin_disabled: 409,
  mail_disabled: 409,
  mail_failed: 502,
  invalid_delivery: 400,
  invalid_signature: 401,
  replayed: 409,
  webhooks_disabled: 404,
  upstream_unavailable: 502,
  internal: 500,
};

/** The one JSON error shape of every `/api/…` route. */
export interface ApiErrorBody {
  error: { code: ErrorCode; message: string; field?: string };
}

/** A refusal raised by the API layer itself (origin, session, body); its status follows from its code. */
export class ApiError extends DomainError {
  readonly name: string = "ApiError";
  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** The HTTP status a domain error answers with. */
export const statusOf = (error: DomainError): number => ERROR_STATUS[error.code];

const NO_STORE = { "Cache-Control": "no-store" };

export function jsonError(code: ErrorCode, message: string, field?: string, headers?: Record<string, string>) {
  const body: ApiErrorBody = { error: { code, message, ...(field ? { field } : {}) } };
  return Response.json(body, { status: ERROR_STATUS[code], headers: { ...NO_STORE, ...headers } });
}

function fromNuki(error: NukiError): ApiError {
  // Nuki's own words go into the sentence as they are: only Nuki knows them, in English.
  const said = error.detail ? { detail: error.detail } : undefined;
  switch (error.kind) {
    case "unauthorized":
      return new ApiError("session_expired", "sessionExpired");
    case "not_found":
      return new ApiError("not_found", "notFoundInNuki");
    case "conflict":
      return new ApiError("conflict", said ? "nukiConflictSaid" : "nukiConflict", undefined, undefined, said);
    case "unprocessable":
    case "invalid":
      return new ApiError("rejected_by_nuki", said ? "nukiRefusedSaid" : "nukiRefused", undefined, undefined, said);
    case "locked":
      return new ApiError("operation_pending", "nukiLocked");
    case "rate_limited":
      return new ApiError("rate_limited", "nukiRateLimited", undefined, error.retryAfter ?? 10);
    case "unavailable":
    case "bad_response":
      return new ApiError("upstream_unavailable", "nukiUnavailable", undefined, undefined, { reason: error.message });
  }
}

/** Maps anything thrown in a route to a response; unknown errors never leak their details. */
export function errorResponse(error: unknown, locale: Locale = DEFAULT_LOCALE): Response {
  const mapped =
    error instanceof NukiError ? fromNuki(error) : error instanceof ZodError ? fromZod(error) : error;
  if (mapped instanceof DomainError) {
    const headers = mapped.retryAfterSeconds === undefined ? undefined : { "Retry-After": String(mapped.retryAfterSeconds) };
    return jsonError(mapped.code, mapped.textIn(locale), mapped.field, headers);
  }
  // Log the kind and message only: request bodies (which can hold PIN codes) never reach the log.
  console.error("Unhandled error in API route:", error instanceof Error ? `${error.name}: ${error.message}` : typeof error);
  return jsonError("internal", errorText(locale, "internal"));
}

/** The first zod issue as an `invalid_input` error naming its field. */
export function fromZod(error: ZodError): ApiError {
  const { field, message } = firstIssue(error);
  const { key, values } = schemaMessage(message);
  return new ApiError("invalid_input", key, field, undefined, values);
}
