import "server-only";
import { SimError } from "./errors";

/** One incoming call, read once: the body is text so it can be parsed and recorded. */
export interface SimRequest {
  method: string;
  url: URL;
  /** Path below the simulator's base path, e.g. `/smartlock/123/auth`. */
  path: string;
  /** The base path the simulator is mounted at, e.g. `/sim`. */
  basePath: string;
  headers: Headers;
  text: string;
  /** Faults injected while answering, filled in by the handlers for the request log. */
  faults: string[];
}

export async function readRequest(request: Request, basePath: string): Promise<SimRequest | null> {
  const url = new URL(request.url);
  const base = basePath.replace(/\/+$/, "");
  if (url.pathname !== base && !url.pathname.startsWith(`${base}/`)) return null;
  const method = request.method.toUpperCase();
  const text = method === "GET" || method === "HEAD" ? "" : await request.text();
  return { method, url, path: url.pathname.slice(base.length) || "/", basePath: base, headers: request.headers, text, faults: [] };
}

export function isForm(req: SimRequest): boolean {
  return (req.headers.get("content-type") ?? "").toLowerCase().startsWith("application/x-www-form-urlencoded");
}

/** The JSON body of a REST call; a missing or malformed one is a 400, as Nuki answers. */
export function jsonBody(req: SimRequest): unknown {
  if (!req.text.trim()) throw new SimError(400, "The request body is missing");
  try {
    return JSON.parse(req.text) as unknown;
  } catch {
    throw new SimError(400, "The request body is not valid JSON");
  }
}

export function formBody(req: SimRequest): URLSearchParams {
  return new URLSearchParams(isForm(req) ? req.text : "");
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const SECRET_FIELDS = new Set(["client_secret", "code", "refresh_token", "code_verifier", "password"]);

/** What the request log keeps of a body: parsed JSON, or a form with its secrets blanked. */
export function bodyForLog(req: SimRequest): unknown {
  if (!req.text) return undefined;
  if (isForm(req)) {
    const form = new URLSearchParams(req.text);
    return Object.fromEntries([...form].map(([key, value]) => [key, SECRET_FIELDS.has(key) ? "[redacted]" : value]));
  }
  try {
    return JSON.parse(req.text) as unknown;
  } catch {
    return req.text.slice(0, 2000);
  }
}
