import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { FullConfig } from "@playwright/test";
import type { SimulatorState } from "./simulator";

/** Where the e2e web server's stdout and stderr go, relative to the Playwright config. */
export const SERVER_LOG = ".data/e2e/server.log";

/**
 * The web server command writes this first, so a log left by an earlier run (when Playwright
 * reuses a running server) is never taken for this run's. Kept in the environment because the
 * config and this hook may be loaded more than once.
 */
export const RUN_MARK = `keyhost e2e run ${(process.env.KEYHOST_E2E_RUN ??= randomUUID())}`;

/** The demo OAuth client's secret (`DEMO_CLIENT` in lib/env), which the e2e server runs with. */
const DEMO_CLIENT_SECRET = "keyhost-demo-secret";

/**
 * Tests reset the simulator, so the codes of earlier tests are gone from its state by now: these
 * shapes catch a code or token whatever its value, next to the words that give it away.
 */
const SHAPES: [string, RegExp][] = [
  ["a 6-digit code next to “code”", /code\W{0,5}[1-9]{6}(?![0-9])/i],
  ["a Bearer token", /Bearer\s+[\w.~+/-]{8,}/],
  ["an OAuth token or secret field", /(access_token|refresh_token|client_secret|accessToken|refreshToken)\W{1,5}[\w.~+/-]{8,}/],
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const mask = (s: string) => `${s.slice(0, 2)}…(${s.length} chars)`;

interface Leak {
  line: number;
  what: string;
}

function find(log: string[], what: string, pattern: RegExp): Leak[] {
  return log.flatMap((text, i) => (pattern.test(text) ? [{ line: i + 1, what }] : []));
}

async function simulatorState(baseURL: string): Promise<SimulatorState> {
  const response = await fetch(`${baseURL}/sim/_control/state`);
  if (!response.ok) throw new Error(`no-secrets-in-log: the simulator's state answered ${response.status}`);
  return (await response.json()) as SimulatorState;
}

/** Fails the run if the server's output holds a PIN code, an OAuth token or a client secret. */
export default async function noSecretsInLog(config: FullConfig) {
  const root = path.dirname(config.configFile ?? path.resolve("playwright.config.ts"));
  const baseURL = config.projects[0]?.use.baseURL;
  if (!baseURL) throw new Error("no-secrets-in-log: no baseURL in the Playwright config");

  const logFile = path.resolve(root, SERVER_LOG);
  const log = await readFile(logFile, "utf8").catch(() => "");
  if (!log.startsWith(RUN_MARK)) {
    const why = `${logFile} does not hold this run's server output: Playwright reused a server it did not start`;
    if (process.env.CI) throw new Error(`no-secrets-in-log: ${why}`);
    console.warn(`Server log NOT checked for secrets: ${why}. Stop that server to have its output checked.`);
    return;
  }
  // A log with the mark but without Next's banner was not captured properly: passing would prove nothing.
  if (!log.includes("Next.js")) throw new Error(`no-secrets-in-log: ${logFile} lacks the server's start-up banner`);
  // Colours would sit between a key and its value and hide the pair from the shapes.
  const lines = log.replace(/\x1b\[[0-9;]*m/g, "").split("\n");

  const state = await simulatorState(baseURL);
  const onLocks = state.auths.flatMap((a) => (a.code === undefined ? [] : [String(a.code)]));
  const sent = state.requests.map((r) => String((r.body as { code?: unknown } | undefined)?.code));
  // Only what a keypad accepts: junk sent by tests could match anything.
  const codes = new Set([...onLocks, ...sent].filter((c) => /^[1-9]{6}$/.test(c)));
  const tokens = new Set([...state.tokens.accessTokens, ...state.tokens.refreshTokens]);
  const sessionSecret = await readFile(path.resolve(root, ".data/e2e/demo-nextauth-secret"), "utf8").catch(() => "");

  const leaks = [
    ...[...codes].flatMap((code) => find(lines, `PIN code ${mask(code)}`, new RegExp(`(?<![0-9A-Za-z])${code}(?![0-9A-Za-z])`))),
    ...[...tokens].flatMap((token) => find(lines, `OAuth token ${mask(token)}`, new RegExp(escape(token)))),
    ...find(lines, "the OAuth client secret", new RegExp(escape(DEMO_CLIENT_SECRET))),
    ...(sessionSecret.trim() ? find(lines, "the session secret", new RegExp(escape(sessionSecret.trim()))) : []),
    ...SHAPES.flatMap(([what, shape]) => find(lines, what, shape)),
  ];

  const checked =
    `${lines.length} lines of ${SERVER_LOG} against ${codes.size} PIN codes (${new Set(onLocks).size} on the simulator's locks, ` +
    `${new Set(sent.filter((c) => codes.has(c))).size} in its request log), ${tokens.size} OAuth tokens, the client secret` +
    `${sessionSecret.trim() ? ", the session secret" : ""} and ${SHAPES.length} shapes (${SHAPES.map(([w]) => w).join("; ")})`;
  if (leaks.length) {
    const where = leaks.sort((a, b) => a.line - b.line).map((l) => `  line ${l.line}: ${l.what}`).join("\n");
    throw new Error(`Secrets in the e2e server's log. Checked ${checked}:\n${where}`);
  }
  console.log(`No secrets in the server log: checked ${checked}.`);
}
