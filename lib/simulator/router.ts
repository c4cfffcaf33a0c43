import "server-only";
import { authEndpoints } from "./auth-endpoints";
import { nukiError } from "./errors";
import { lockEndpoints } from "./lock-endpoints";
import { authorizeEndpoints } from "./oauth-authorize";
import { authenticate } from "./oauth-store";
import { tokenEndpoint } from "./oauth-token";
import type { SimRequest } from "./request";
import { matchPattern, type Route } from "./route-types";
import type { NukiSimulator } from "./simulator";
import { webhookEndpoints } from "./webhook-endpoints";

/** Every endpoint of the simulated Nuki Web API. Literal paths come before parameterised ones. */
const ROUTES: Route[] = [...authorizeEndpoints, tokenEndpoint, ...lockEndpoints, ...authEndpoints, ...webhookEndpoints];

type Match = { route: Route; params: Record<string, string> } | { allow: string[] } | null;

export function matchRoute(method: string, path: string): Match {
  const allow: string[] = [];
  for (const route of ROUTES) {
    const params = matchPattern(route.pattern, path);
    if (!params) continue;
    if (route.method === method) return { route, params };
    allow.push(route.method);
  }
  return allow.length ? { allow } : null;
}

/** A REST call (not OAuth), and the lock its path names if any: what faults are drawn for. */
export function apiTarget(method: string, path: string): { smartlockId?: number } | undefined {
  const match = matchRoute(method, path);
  if (!match || !("route" in match) || match.route.scopes === null) return undefined;
  const id = match.params.smartlockId;
  return id === undefined ? {} : { smartlockId: Number(id) };
}

/** Finds the endpoint, checks the bearer token and scopes where the endpoint needs them, and runs it. */
export async function dispatch(sim: NukiSimulator, req: SimRequest): Promise<Response> {
  const match = matchRoute(req.method, req.path);
  if (!match) return nukiError(404, `There is no resource at ${req.path}`);
  if ("allow" in match) return nukiError(405, `${req.method} is not allowed on ${req.path}`, { Allow: match.allow.join(", ") });
  const { route, params } = match;
  if (route.scopes === null) return route.handler(sim, { ...req, params });
  const auth = authenticate(sim, req, route.scopes);
  if (auth instanceof Response) return auth;
  return route.handler(sim, { ...req, params, accountId: auth.accountId });
}
