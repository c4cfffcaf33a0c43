import { consentPage } from "./consent-page";
import { detailError } from "./errors";
import { opaqueToken } from "./ids";
import { DEMO_ACCOUNT } from "./seed";
import type { SimState } from "./state";

export interface OAuthClient {
  id: string;
  secret: string;
}

const CODE_TTL_MS = 60_000;
const oauthError = (status: number, error: string, description: string) =>
  Response.json({ error, error_description: description }, { status, headers: { "Cache-Control": "no-store" } });

/** In demo mode the callback may be on localhost or on the simulator's own origin. */
function redirectAllowed(redirectUri: string, requestUrl: URL): boolean {
  try {
    const uri = new URL(redirectUri);
    const local = ["localhost", "127.0.0.1", "[::1]"].includes(uri.hostname) || uri.origin === requestUrl.origin;
    return local && uri.pathname === "/api/auth/callback/nuki" && !uri.hash;
  } catch {
    return false;
  }
}

function authorizeError(params: Record<string, string>, clients: OAuthClient[], url: URL): Response | null {
  if (params.response_type !== "code") return detailError(400, "response_type must be code");
  if (!clients.some((c) => c.id === params.client_id)) return detailError(400, "Unknown client_id");
  if (!params.redirect_uri || !redirectAllowed(params.redirect_uri, url)) return detailError(400, "redirect_uri is not registered for this client");
  return null;
}

export function authorizePage(url: URL, basePath: string, clients: OAuthClient[]): Response {
  const params = Object.fromEntries(url.searchParams);
  return authorizeError(params, clients, url) ?? consentPage(`${basePath}/oauth/authorize`, params);
}

export function authorizeDecision(state: SimState, form: URLSearchParams, url: URL, clients: OAuthClient[]): Response {
  const params = Object.fromEntries(form);
  const error = authorizeError(params, clients, url);
  if (error) return error;
  const target = new URL(params.redirect_uri!);
  if (params.state) target.searchParams.set("state", params.state);
  if (params.decision !== "allow") {
    target.searchParams.set("error", "access_denied");
  } else {
    const code = opaqueToken();
    state.codes.set(code, { clientId: params.client_id!, redirectUri: params.redirect_uri!, accountId: DEMO_ACCOUNT.accountId, expiresAt: state.now() + CODE_TTL_MS });
    target.searchParams.set("code", code);
  }
  return new Response(null, { status: 302, headers: { Location: target.toString() } });
}

function clientFrom(request: Request, form: URLSearchParams, clients: OAuthClient[]): OAuthClient | null {
  let id = form.get("client_id");
  let secret = form.get("client_secret");
  const basic = request.headers.get("authorization");
  if (basic?.startsWith("Basic ")) {
    const [user, pass] = Buffer.from(basic.slice(6), "base64").toString().split(":");
    id = decodeURIComponent(user ?? "");
    secret = decodeURIComponent(pass ?? "");
  }
  return clients.find((c) => c.id === id && c.secret === secret) ?? null;
}

function issue(state: SimState, accountId: number): Response {
  const accessToken = opaqueToken();
  const refreshToken = opaqueToken();
  state.accessTokens.set(accessToken, { accountId, expiresAt: state.now() + state.config.tokenTtlSeconds * 1000 });
  state.refreshTokens.set(refreshToken, { accountId });
  return Response.json(
    { access_token: accessToken, token_type: "bearer", expires_in: state.config.tokenTtlSeconds, refresh_token: refreshToken, scope: "account smartlock smartlock.auth smartlock.action smartlock.log" },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export function token(state: SimState, request: Request, form: URLSearchParams, clients: OAuthClient[]): Response {
  const client = clientFrom(request, form, clients);
  if (!client) return oauthError(401, "invalid_client", "Unknown client or wrong secret");
  const grant = form.get("grant_type");
  if (grant === "authorization_code") {
    const code = state.codes.get(form.get("code") ?? "");
    state.codes.delete(form.get("code") ?? "");
    if (!code || code.expiresAt < state.now() || code.clientId !== client.id || code.redirectUri !== form.get("redirect_uri")) {
      return oauthError(400, "invalid_grant", "The authorization code is invalid, used or expired");
    }
    return issue(state, code.accountId);
  }
  if (grant === "refresh_token") {
    const old = form.get("refresh_token") ?? "";
    const entry = state.refreshTokens.get(old);
    if (!entry) return oauthError(400, "invalid_grant", "The refresh token is invalid");
    state.refreshTokens.delete(old); // rotation: a refresh token works once
    return issue(state, entry.accountId);
  }
  return oauthError(400, "unsupported_grant_type", "grant_type must be authorization_code or refresh_token");
}

/** The account behind a bearer token, or null when it is missing, unknown or expired. */
export function bearerAccount(state: SimState, request: Request): number | null {
  const header = request.headers.get("authorization") ?? "";
  const entry = header.startsWith("Bearer ") ? state.accessTokens.get(header.slice(7)) : undefined;
  return entry && entry.expiresAt > state.now() ? entry.accountId : null;
}
