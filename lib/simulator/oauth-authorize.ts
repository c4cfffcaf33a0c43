import "server-only";
import { consentPage, errorPage } from "./consent-page";
import { CONSENT_TTL_MS, SCOPES } from "./oauth-store";
import { randomToken } from "./random";
import { formBody, type SimRequest } from "./request";
import { publicRoute, type Route } from "./route-types";
import { DEMO_ACCOUNT_ID } from "./seed";
import type { NukiSimulator } from "./simulator";
import type { OAuthClient } from "./types";

/** Where the demo client may send the user back: Keyhost's NextAuth callback on a local or the simulator's own origin. */
export const DEMO_CALLBACK_PATH = "/api/auth/callback/nuki";

export function redirectAllowed(client: OAuthClient, redirectUri: string, ownOrigin: string): boolean {
  if (client.redirectUris) return client.redirectUris.includes(redirectUri);
  let url: URL;
  try {
    url = new URL(redirectUri);
  } catch {
    return false;
  }
  if (url.hash || url.pathname !== DEMO_CALLBACK_PATH) return false;
  // A loopback app, on http or behind a local TLS proxy (e2e/scale.spec.ts's https set-up).
  const local = (url.protocol === "http:" || url.protocol === "https:") && (url.hostname === "localhost" || url.hostname === "127.0.0.1");
  return local || url.origin === ownOrigin;
}

function html(body: string, status: number, formTarget?: string): Response {
  const formAction = ["'self'", formTarget].filter(Boolean).join(" ");
  return new Response(body, {
    status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "Content-Security-Policy": `default-src 'none'; style-src 'unsafe-inline'; form-action ${formAction}; base-uri 'none'; frame-ancestors 'none'`,
      "X-Frame-Options": "DENY",
      "Referrer-Policy": "no-referrer",
    },
  });
}

function redirectTo(redirectUri: string, params: Record<string, string | null>): Response {
  const url = new URL(redirectUri);
  for (const [key, value] of Object.entries(params)) if (value !== null) url.searchParams.set(key, value);
  return new Response(null, { status: 302, headers: { Location: url.toString(), "Cache-Control": "no-store" } });
}

function parseScope(raw: string | null): string[] | null {
  const scopes = (raw ?? "").split(/[\s,]+/).filter(Boolean);
  if (!scopes.every((s) => s in SCOPES)) return null;
  // No scope asked for: grant every scope (RFC 6749 §3.3 lets the server pick a default).
  return scopes.length ? [...new Set(scopes)] : Object.keys(SCOPES);
}

/** Checks client and redirect URI; any other problem goes back to the app as an OAuth error. */
function showConsent(sim: NukiSimulator, req: SimRequest): Response {
  const q = req.url.searchParams;
  const client = sim.clients.find((c) => c.id === q.get("client_id"));
  if (!client) return html(errorPage("The app that sent you here is not known to Nuki (unknown client_id)."), 400);
  const redirectUri = q.get("redirect_uri") ?? "";
  if (!redirectAllowed(client, redirectUri, req.url.origin)) {
    return html(errorPage("The app asked to return to an address it is not registered for (redirect_uri)."), 400);
  }
  const state = q.get("state");
  if (q.get("response_type") !== "code") {
    return redirectTo(redirectUri, { error: "unsupported_response_type", error_description: "Only response_type=code is supported", state });
  }
  const scope = parseScope(q.get("scope"));
  if (!scope) return redirectTo(redirectUri, { error: "invalid_scope", error_description: "Unknown scope requested", state });

  const ticket = randomToken();
  sim.oauth.tickets.set(ticket, { clientId: client.id, redirectUri, scope, state, expiresAt: sim.now() + CONSENT_TTL_MS });
  const account = sim.data.accounts.get(DEMO_ACCOUNT_ID);
  const body = consentPage({
    action: `${req.basePath}/oauth/authorize`,
    accountName: account?.name ?? "Demo Host",
    accountEmail: account?.email ?? "host@keyhost.example",
    clientId: client.id,
    scopes: scope.map((name) => ({ name, description: SCOPES[name] ?? name })),
    hidden: { ticket, client_id: client.id, redirect_uri: redirectUri, ...(state === null ? {} : { state }) },
  });
  return html(body, 200, new URL(redirectUri).origin);
}

function decide(sim: NukiSimulator, req: SimRequest): Response {
  const form = formBody(req);
  const ticketId = form.get("ticket") ?? "";
  const ticket = sim.oauth.tickets.get(ticketId);
  if (!ticket || ticket.expiresAt <= sim.now()) {
    return html(errorPage("This sign-in page has expired or was already answered."), 400);
  }
  if (form.get("client_id") !== ticket.clientId || form.get("redirect_uri") !== ticket.redirectUri) {
    return html(errorPage("The sign-in form was changed after it was shown."), 400);
  }
  sim.oauth.tickets.delete(ticketId);
  const decision = form.get("decision");
  if (decision !== "allow") {
    return redirectTo(ticket.redirectUri, { error: "access_denied", error_description: "The user denied access", state: ticket.state });
  }
  const code = sim.oauth.issueCode(
    { accountId: DEMO_ACCOUNT_ID, clientId: ticket.clientId, scope: ticket.scope, redirectUri: ticket.redirectUri },
    sim.now(),
  );
  return redirectTo(ticket.redirectUri, { code, state: ticket.state });
}

export const authorizeEndpoints: Route[] = [
  publicRoute("GET", "/oauth/authorize", showConsent),
  publicRoute("POST", "/oauth/authorize", decide),
];
