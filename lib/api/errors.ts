import { ZodError } from "zod";
import { NukiError } from "@/lib/nuki/errors";

/** The one JSON error shape of every `/api/…` route. */
export interface ApiErrorBody {
  error: { code: string; message: string; field?: string };
}

export class ApiError extends Error {
  readonly name = "ApiError";
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

const NO_STORE = { "Cache-Control": "no-store" };

export function jsonError(status: number, code: string, message: string, field?: string, headers?: Record<string, string>) {
  const body: ApiErrorBody = { error: { code, message, ...(field ? { field } : {}) } };
  return Response.json(body, { status, headers: { ...NO_STORE, ...headers } });
}

function fromNuki(error: NukiError): ApiError {
  const said = error.detail ? ` Nuki said: ${error.detail}` : "";
  switch (error.kind) {
    case "unauthorized":
      return new ApiError(401, "session_expired", "Your Nuki sign-in has expired. Please sign in again.");
    case "not_found":
      return new ApiError(404, "not_found", "Not found in your Nuki account.");
    case "conflict":
      return new ApiError(409, "conflict", `Nuki refused the change because it conflicts with an existing one.${said}`);
    case "unprocessable":
    case "invalid":
      return new ApiError(422, "rejected_by_nuki", `Nuki refused the change.${said}`);
    case "locked":
      return new ApiError(409, "operation_pending", "Nuki is still applying an earlier change here. Try again in a moment.");
    case "rate_limited":
      return new ApiError(429, "rate_limited", "Nuki asks us to slow down. Try again shortly.", undefined, {
        "Retry-After": String(error.retryAfter ?? 10),
      });
    case "unavailable":
    case "bad_response":
      return new ApiError(502, "upstream_unavailable", `Nuki is not answering properly right now (${error.message}). Try again shortly.`);
  }
}

/** Maps anything thrown in a route to a response; unknown errors never leak their details. */
export function errorResponse(error: unknown): Response {
  const mapped =
    error instanceof NukiError ? fromNuki(error) : error instanceof ZodError ? fromZod(error) : error;
  if (mapped instanceof ApiError) {
    return jsonError(mapped.status, mapped.code, mapped.message, mapped.field, mapped.headers);
  }
  // Log the kind and message only: request bodies (which can hold PIN codes) never reach the log.
  console.error("Unhandled error in API route:", error instanceof Error ? `${error.name}: ${error.message}` : typeof error);
  return jsonError(500, "internal", "Something went wrong on our side. Nothing was changed; try again.");
}

function fromZod(error: ZodError): ApiError {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join(".") || undefined;
  return new ApiError(422, "invalid_input", issue?.message ?? "The request is not valid.", field);
}
