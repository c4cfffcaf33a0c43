import "server-only";
import { nukiError } from "./errors";
import { randomToken } from "./random";
import type { SimRequest } from "./request";
import type { NukiSimulator } from "./simulator";

/** Nuki's OAuth scopes with the words its consent screen uses (from the spec's securityDefinitions). */
export const SCOPES: Record<string, string> = {
  account: "View and manage your account",
  notification: "View and manage your notifications",
  smartlock: "View and manage your smartlocks",
  "smartlock.readOnly": "View your smartlocks",
  "smartlock.action": "Operate your smartlocks",
  "smartlock.auth": "View and manage your smartlock authorizations",
  "smartlock.config": "Manage your smartlock config",
  "smartlock.log": "View your activity logs and get log notifications",
  "smartlock.create": "Create smartlocks",
  "webhook.decentral": "Register decentral webhooks",
};

/** An authorization code lives this long (RFC 6749 recommends at most ten minutes). */
export const CODE_TTL_MS = 60_000;
/** The consent page must be answered within this time. */
export const CONSENT_TTL_MS = 10 * 60_000;

interface Grant {
  accountId: number;
  clientId: string;
  scope: string[];
}
export interface AccessGrant extends Grant {
  expiresAt: number;
}
interface CodeGrant extends Grant {
  redirectUri: string;
  expiresAt: number;
  /** Tokens issued for this code: revoked if the code is ever replayed. */
  issued?: { accessToken: string; refreshToken: string };
}
export interface ConsentTicket {
  clientId: string;
  redirectUri: string;
  scope: string[];
  state: string | null;
  expiresAt: number;
}

export interface TokenResponse {
  access_token: string;
  token_type: "bearer";
  expires_in: number;
  refresh_token: string;
  scope: string;
}

/** Codes, tokens and pending consent screens. Survives a data reset, like a real Nuki login would. */
export class OAuthStore {
  readonly accessTokens = new Map<string, AccessGrant>();
  readonly refreshTokens = new Map<string, Grant>();
  readonly codes = new Map<string, CodeGrant>();
  readonly tickets = new Map<string, ConsentTicket>();

  issueCode(grant: Grant & { redirectUri: string }, now: number): string {
    this.prune(now);
    const code = randomToken();
    this.codes.set(code, { ...grant, expiresAt: now + CODE_TTL_MS });
    return code;
  }

  issueTokens(grant: Grant, ttlSeconds: number, now: number): TokenResponse {
    this.prune(now);
    const accessToken = randomToken();
    const refreshToken = randomToken();
    this.accessTokens.set(accessToken, { ...grant, expiresAt: now + ttlSeconds * 1000 });
    this.refreshTokens.set(refreshToken, { ...grant });
    return { access_token: accessToken, token_type: "bearer", expires_in: ttlSeconds, refresh_token: refreshToken, scope: grant.scope.join(" ") };
  }

  /** Ends every current access token at once (refresh tokens stay valid). */
  expireAccessTokens(now: number): number {
    let count = 0;
    for (const grant of this.accessTokens.values()) {
      if (grant.expiresAt > now) count += 1;
      grant.expiresAt = Math.min(grant.expiresAt, now);
    }
    return count;
  }

  /** As if the user withdrew the app's access in Nuki Web: no token or code issued so far works any more. */
  revokeAll(): number {
    const count = this.accessTokens.size + this.refreshTokens.size;
    this.accessTokens.clear();
    this.refreshTokens.clear();
    this.codes.clear();
    return count;
  }

  /** Forgets what can no longer be used, keeping expired access tokens for a day so tests can list them. */
  private prune(now: number) {
    for (const [key, value] of this.codes) if (value.expiresAt < now - CODE_TTL_MS) this.codes.delete(key);
    for (const [key, value] of this.tickets) if (value.expiresAt < now) this.tickets.delete(key);
    for (const [key, value] of this.accessTokens) if (value.expiresAt < now - 86_400_000) this.accessTokens.delete(key);
  }
}

/** Checks the bearer token and its scopes; answers 401 in Nuki's shape when either is missing. */
export function authenticate(sim: NukiSimulator, req: SimRequest, scopes: string[]): AccessGrant | Response {
  const header = req.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) return nukiError(401, "No access token was sent");
  const grant = sim.oauth.accessTokens.get(match[1]);
  if (!grant) return nukiError(401, "Your access token is not authorized");
  if (grant.expiresAt <= sim.now()) return nukiError(401, "Your access token has expired");
  if (!scopes.some((scope) => grant.scope.includes(scope))) {
    return nukiError(401, `Your access token is not authorized for this resource (needs scope ${scopes.join(" or ")})`);
  }
  return grant;
}
