import "server-only";
/**
 * Nuki answers errors in two shapes. The simulator maps them consistently: 400, 401, 403, 404
 * and 405 in the Java-exception shape, 409, 422, 423, 429 and 5xx in the Restlet status shape.
 */

const REASONS: Record<number, string> = {
  409: "Conflict",
  422: "Unprocessable Entity",
  423: "Locked",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

const STATUS_URIS: Record<number, string> = {
  409: "http://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.10",
  422: "http://www.webdav.org/specs/rfc2518.html#STATUS_422",
  423: "http://www.webdav.org/specs/rfc2518.html#STATUS_423",
  429: "https://tools.ietf.org/html/rfc6585#section-4",
  500: "http://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.5.1",
  503: "http://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.5.4",
  504: "http://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.5.5",
};

const NO_STORE = { "Cache-Control": "no-store" };

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...NO_STORE, ...headers } });
}

/** Nuki's answer to an accepted write: 204 and nothing else. */
export function noContent(): Response {
  return new Response(null, { status: 204, headers: NO_STORE });
}

export function nukiError(status: number, message: string, headers: Record<string, string> = {}): Response {
  if (REASONS[status]) {
    return json(
      { code: status, description: message, reasonPhrase: REASONS[status], uri: STATUS_URIS[status] ?? "", homeRef: "/" },
      status,
      headers,
    );
  }
  return json({ detailMessage: message, stackTrace: [], suppressedExceptions: [] }, status, headers);
}

/** A validation failure inside a handler, turned into a Nuki error response by the router. */
export class SimError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export const invalidParameter = (name: string, value: unknown) =>
  new SimError(400, `The supplied value '${String(value)}' for parameter '${name}' is not valid`);
