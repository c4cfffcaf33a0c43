import { NukiSimulator } from "./simulator";

export const CLIENT = { id: "test-client", secret: "test-secret" };
export const REDIRECT = "http://localhost:3000/api/auth/callback/nuki";
const BASE = "http://localhost:3000/sim";

/** A simulator on a hand-driven clock, and helpers that talk to it over Request/Response. */
export function testSimulator(options: { propagationDelayMs?: number; tokenTtlSeconds?: number } = {}) {
  let now = Date.parse("2026-11-23T10:00:00Z");
  const sim = new NukiSimulator({ tokenTtlSeconds: options.tokenTtlSeconds ?? 600, propagationDelayMs: options.propagationDelayMs ?? 2000, clients: [CLIENT], now: () => now });
  const call = (method: string, path: string, init: { body?: unknown; token?: string; form?: Record<string, string>; headers?: Record<string, string> } = {}) =>
    sim.handle(
      new Request(`${BASE}${path}`, {
        method,
        headers: {
          ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
          ...(init.form ? { "Content-Type": "application/x-www-form-urlencoded" } : init.body !== undefined ? { "Content-Type": "application/json" } : {}),
          ...init.headers,
        },
        body: init.form ? new URLSearchParams(init.form) : init.body !== undefined ? JSON.stringify(init.body) : undefined,
      }),
      "/sim",
    );

  async function signIn() {
    const consent = await call("POST", "/oauth/authorize", {
      form: { response_type: "code", client_id: CLIENT.id, redirect_uri: REDIRECT, state: "s1", scope: "account", decision: "allow" },
    });
    const code = new URL(consent.headers.get("location")!).searchParams.get("code")!;
    const tokenResponse = await call("POST", "/oauth/token", {
      form: { grant_type: "authorization_code", code, redirect_uri: REDIRECT, client_id: CLIENT.id, client_secret: CLIENT.secret },
    });
    return (await tokenResponse.json()) as { access_token: string; refresh_token: string; expires_in: number };
  }

  return { sim, call, signIn, advance: (ms: number) => (now += ms) };
}
