import "server-only";
import { DEMO_CLIENT } from "@/lib/env/index.mjs";
import { NukiSimulator } from "./simulator";
import type { NukiSimulatorOptions } from "./types";

/** Helpers for the simulator's own tests: an injected clock and HTTP-shaped calls. */

export const ORIGIN = "http://localhost:3000";
export const BASE = `${ORIGIN}/sim`;
export const REDIRECT_URI = `${ORIGIN}/api/auth/callback/nuki`;
export const APP_SCOPES = "account smartlock smartlock.auth smartlock.action smartlock.log";
export const START = Date.parse("2026-03-10T09:00:00.000Z");

export const LOCKS = {
  berlin: 17_923_456_781,
  london: 17_931_045_622,
  brooklyn: 17_945_678_013,
  bondi: 17_952_309_874,
  auckland: 17_968_812_305,
  otherAccount: 17_990_123_457,
  berlinBuilding: 17_923_456_799,
} as const;

export function createClock(start = START) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

interface CallOptions {
  token?: string;
  json?: unknown;
  form?: Record<string, string>;
  headers?: Record<string, string>;
}

export function request(method: string, path: string, options: CallOptions = {}): Request {
  const headers = new Headers(options.headers);
  if (options.token) headers.set("Authorization", `Bearer ${options.token}`);
  let body: string | undefined;
  if (options.json !== undefined) {
    headers.set("Content-Type", "application/json");
    body = JSON.stringify(options.json);
  } else if (options.form) {
    headers.set("Content-Type", "application/x-www-form-urlencoded");
    body = new URLSearchParams(options.form).toString();
  }
  return new Request(path.startsWith("http") ? path : `${BASE}${path}`, { method, headers, body });
}

export async function call(sim: NukiSimulator, method: string, path: string, options: CallOptions = {}) {
  const response = await sim.handle(request(method, path, options), "/sim");
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = text;
  }
  return { status: response.status, headers: response.headers, text, body };
}

/** The hidden `ticket` of a consent page. */
export function ticketOf(html: string): string {
  const match = /name="ticket" value="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error("no ticket on the consent page");
  return match[1];
}

/** Consent page → Allow → code, as a browser would. */
export async function authorize(sim: NukiSimulator, scope = APP_SCOPES, state = "xyz"): Promise<string> {
  const query = new URLSearchParams({ response_type: "code", client_id: DEMO_CLIENT.id, redirect_uri: REDIRECT_URI, scope, state });
  const page = await call(sim, "GET", `/oauth/authorize?${query}`);
  const allow = await call(sim, "POST", "/oauth/authorize", {
    form: { ticket: ticketOf(page.text), client_id: DEMO_CLIENT.id, redirect_uri: REDIRECT_URI, state, decision: "allow" },
  });
  const code = new URL(allow.headers.get("location") ?? "").searchParams.get("code");
  if (!code) throw new Error(`no code: ${allow.status}`);
  return code;
}

export interface Tokens {
  access_token: string;
  refresh_token: string;
  expires_in: number;
  token_type: string;
  scope: string;
}

export async function signIn(sim: NukiSimulator, scope = APP_SCOPES): Promise<Tokens> {
  const code = await authorize(sim, scope);
  const response = await call(sim, "POST", "/oauth/token", {
    form: { grant_type: "authorization_code", code, redirect_uri: REDIRECT_URI, client_id: DEMO_CLIENT.id, client_secret: DEMO_CLIENT.secret },
  });
  if (response.status !== 200) throw new Error(`token exchange failed: ${response.text}`);
  return response.body as Tokens;
}

/** A simulator on an injected clock, signed in as the demo host; `api` calls REST with the token. */
export async function signedInSimulator(options: Partial<NukiSimulatorOptions> = {}) {
  const clock = createClock();
  const sim = new NukiSimulator({ propagationDelayMs: 1500, tokenTtlSeconds: 600, now: clock.now, ...options });
  const tokens = await signIn(sim);
  const api = (method: string, path: string, json?: unknown) => call(sim, method, path, { token: tokens.access_token, json });
  return { sim, clock, tokens, api };
}

export type ListedAuth = {
  id: string;
  smartlockId: number;
  authId: number;
  type: number;
  name: string;
  code?: number;
  enabled: boolean;
  remoteAllowed: boolean;
  lockCount: number;
  allowedFromDate?: string;
  allowedUntilDate?: string;
  allowedWeekDays?: number;
  allowedFromTime?: number;
  allowedUntilTime?: number;
  creationDate?: string;
  operationId?: string;
};

/** A complete keypad-code body, as Keyhost sends it. */
export function keypadBody(overrides: Record<string, unknown> = {}) {
  return {
    name: "Test Guest",
    type: 13,
    code: 357_913,
    enabled: true,
    remoteAllowed: false,
    allowedFromDate: "2026-03-12T14:00:00.000Z",
    allowedUntilDate: "2026-03-15T10:00:00.000Z",
    allowedWeekDays: 127,
    allowedFromTime: 0,
    allowedUntilTime: 0,
    ...overrides,
  };
}
