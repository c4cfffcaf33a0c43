import "server-only";
import { SimError } from "./errors";
import type { SimRequest } from "./request";
import type { NukiSimulator } from "./simulator";

export interface RouteRequest extends SimRequest {
  params: Record<string, string>;
}

/** A REST call made with a valid bearer token. */
export interface ApiRequest extends RouteRequest {
  accountId: number;
}

export type Route =
  | { method: string; pattern: string; scopes: null; handler: Handler<RouteRequest> }
  | { method: string; pattern: string; scopes: string[]; handler: Handler<ApiRequest> };

type Handler<R> = (sim: NukiSimulator, req: R) => Response | Promise<Response>;

/** An endpoint anyone may call (OAuth). */
export function publicRoute(method: string, pattern: string, handler: Handler<RouteRequest>): Route {
  return { method, pattern, scopes: null, handler };
}

/** A REST endpoint: needs a bearer token carrying one of `scopes`. */
export function apiRoute(method: string, pattern: string, scopes: string[], handler: Handler<ApiRequest>): Route {
  return { method, pattern, scopes, handler };
}

/** Parameters holding a smartlock id only match digits, so `/smartlock/auth` never reads as a lock id. */
const NUMERIC_PARAMS = new Set(["smartlockId"]);

/** Matches `/smartlock/:smartlockId/auth` against a path; the parameters, or null. */
export function matchPattern(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split("/").filter(Boolean);
  const got = path.split("/").filter(Boolean);
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (const [i, segment] of want.entries()) {
    const value = got[i] ?? "";
    if (segment.startsWith(":")) {
      const name = segment.slice(1);
      let decoded: string;
      try {
        decoded = decodeURIComponent(value);
      } catch {
        return null;
      }
      if (NUMERIC_PARAMS.has(name) && !/^\d{1,19}$/.test(decoded)) return null;
      params[name] = decoded;
    } else if (segment !== value) {
      return null;
    }
  }
  return params;
}

/** The path parameter a route pattern guarantees. */
export function param(req: RouteRequest, name: string): string {
  const value = req.params[name];
  if (value === undefined) throw new SimError(404, "Not found");
  return value;
}
