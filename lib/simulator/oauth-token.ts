import "server-only";
import { json } from "./errors";
import { formBody, isForm, type SimRequest } from "./request";
import { publicRoute, type Route } from "./route-types";
import type { NukiSimulator } from "./simulator";
import type { OAuthClient } from "./types";

const TOKEN_HEADERS = { Pragma: "no-cache" };

/** An RFC 6749 §5.2 error; 401 for a client that failed to authenticate. */
function oauthError(error: string, description: string, status = 400): Response {
  const headers: Record<string, string> = { ...TOKEN_HEADERS };
  if (status === 401) headers["WWW-Authenticate"] = 'Basic realm="nuki", charset="UTF-8"';
  return json({ error, error_description: description }, status, headers);
}

/** RFC 6749 §2.3.1: Basic credentials are form-encoded before base64. */
function formDecode(value: string): string {
  return decodeURIComponent(value.replace(/\+/g, " "));
}

function basicCredentials(req: SimRequest): { id: string; secret: string } | null | "malformed" {
  const header = req.headers.get("authorization");
  if (!header) return null;
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
  if (!match?.[1]) return "malformed";
  try {
    const decoded = atob(match[1]);
    const colon = decoded.indexOf(":");
    if (colon < 0) return "malformed";
    return { id: formDecode(decoded.slice(0, colon)), secret: formDecode(decoded.slice(colon + 1)) };
  } catch {
    return "malformed";
  }
}

function authenticateClient(sim: NukiSimulator, req: SimRequest, form: URLSearchParams): OAuthClient | Response {
  const basic = basicCredentials(req);
  if (basic === "malformed") return oauthError("invalid_client", "The Authorization header is not valid Basic credentials", 401);
  const bodyId = form.get("client_id");
  const bodySecret = form.get("client_secret");
  if (basic && bodySecret !== null) return oauthError("invalid_request", "Send client credentials either as Basic or in the body, not both");
  if (basic && bodyId !== null && bodyId !== basic.id) return oauthError("invalid_request", "client_id does not match the Basic credentials");
  const id = basic?.id ?? bodyId;
  const secret = basic?.secret ?? bodySecret;
  if (!id || secret === null) return oauthError("invalid_client", "Client authentication is required", 401);
  const client = sim.clients.find((c) => c.id === id);
  if (!client || client.secret !== secret) return oauthError("invalid_client", "Unknown client or wrong client secret", 401);
  return client;
}

function authorizationCodeGrant(sim: NukiSimulator, client: OAuthClient, form: URLSearchParams): Response {
  const code = form.get("code");
  const redirectUri = form.get("redirect_uri");
  if (!code) return oauthError("invalid_request", "code is required");
  const now = sim.now();
  const grant = sim.oauth.codes.get(code);
  if (!grant || grant.expiresAt <= now) return oauthError("invalid_grant", "The authorization code is invalid or has expired");
  if (grant.issued) {
    // A replayed code: RFC 6749 §4.1.2 says revoke what it was exchanged for.
    sim.oauth.accessTokens.delete(grant.issued.accessToken);
    sim.oauth.refreshTokens.delete(grant.issued.refreshToken);
    return oauthError("invalid_grant", "The authorization code has already been used");
  }
  if (grant.clientId !== client.id) return oauthError("invalid_grant", "The authorization code was issued to another client");
  if (redirectUri !== grant.redirectUri) return oauthError("invalid_grant", "redirect_uri does not match the one used to authorize");
  const tokens = sim.oauth.issueTokens(grant, sim.settings.tokenTtlSeconds, now);
  grant.issued = { accessToken: tokens.access_token, refreshToken: tokens.refresh_token };
  return json(tokens, 200, TOKEN_HEADERS);
}

function refreshTokenGrant(sim: NukiSimulator, client: OAuthClient, form: URLSearchParams): Response {
  const refreshToken = form.get("refresh_token");
  if (!refreshToken) return oauthError("invalid_request", "refresh_token is required");
  const grant = sim.oauth.refreshTokens.get(refreshToken);
  if (!grant) return oauthError("invalid_grant", "The refresh token is invalid or has been used");
  if (grant.clientId !== client.id) return oauthError("invalid_grant", "The refresh token was issued to another client");
  // Rotation: the old refresh token is spent, the answer carries a new one.
  sim.oauth.refreshTokens.delete(refreshToken);
  return json(sim.oauth.issueTokens(grant, sim.settings.tokenTtlSeconds, sim.now()), 200, TOKEN_HEADERS);
}

export const tokenEndpoint: Route = publicRoute("POST", "/oauth/token", (sim, req) => {
    if (!isForm(req)) return oauthError("invalid_request", "The body must be application/x-www-form-urlencoded");
    const form = formBody(req);
    const client = authenticateClient(sim, req, form);
    if (client instanceof Response) return client;
    const grantType = form.get("grant_type");
    if (grantType === "authorization_code") return authorizationCodeGrant(sim, client, form);
    if (grantType === "refresh_token") return refreshTokenGrant(sim, client, form);
    if (!grantType) return oauthError("invalid_request", "grant_type is required");
    return oauthError("unsupported_grant_type", `grant_type ${grantType} is not supported`);
});
