import type { ApiErrorBody } from "./errors";
import { clientErrorText } from "./client-errors";
import { isOffline, isWrite } from "./offline";

/** An error answer of Keyhost's own JSON API, as the browser sees it. */
export class ApiClientError extends Error {
  readonly name = "ApiClientError";
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

function isErrorBody(body: unknown): body is ApiErrorBody {
  return Boolean(body && typeof body === "object" && "error" in body && typeof (body as ApiErrorBody).error?.message === "string");
}

/** Where a 401 sends the user: the sign-in page, saying why, and back here afterwards. */
export function signInUrl(code: string, returnTo: string): string {
  const params = new URLSearchParams({ callbackUrl: returnTo });
  if (code === "session_expired") params.set("error", "SessionExpired");
  return `/signin?${params}`;
}

let leavingForSignIn = false;

/**
 * The host is signing out: the page is about to leave for the sign-in page saying so, and a query
 * answered 401 meanwhile (the session is already gone) must not send it there without that word.
 * `false` again when signing out failed and the host stays.
 */
export function leavingToSignOut(leaving: boolean): void {
  leavingForSignIn = leaving;
}

export async function fetchJson<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const { json, ...rest } = init;
  // Refused before it leaves: a write queued while offline could land long after the host moved on.
  // It says nothing was changed: nothing left the device.
  if (isWrite(rest.method) && isOffline()) throw new ApiClientError(0, "offline", clientErrorText("offlineWrite"));
  let response: Response;
  try {
    response = await fetch(path, {
      ...rest,
      headers: { Accept: "application/json", ...(json === undefined ? {} : { "Content-Type": "application/json" }), ...rest.headers },
      body: json === undefined ? rest.body : JSON.stringify(json),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    // The connection dropped on the way: a write may or may not have arrived, and the sentence says so.
    throw new ApiClientError(0, isOffline() ? "offline" : "network", clientErrorText("networkFailure"));
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = isErrorBody(body)
      ? new ApiClientError(response.status, body.error.code, body.error.message, body.error.field)
      : new ApiClientError(response.status, "unexpected", clientErrorText("unexpectedAnswer", { status: String(response.status) }));
    if (response.status === 401 && typeof window !== "undefined" && !leavingForSignIn) {
      // Queries failing together must not race: a later 401 (say, answered after the sign-in
      // page already ended the session) would replace the first one's reason with a vaguer one.
      leavingForSignIn = true;
      window.location.assign(signInUrl(error.code, window.location.pathname));
    }
    throw error;
  }
  return body as T;
}
