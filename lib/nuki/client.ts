import "server-only";
import { z } from "zod";
import { env } from "@/lib/env/index.mjs";
import { NO_ANSWER, NukiError, detailFromBody, kindForStatus } from "./errors";
import { AUTH_ID_PATTERN, LOCK_ID_PATTERN } from "./ids";
import { parsedAnswers, readBody } from "./parsed-answers";
import { DEFAULT_RETRY, withRetries, type RetryPolicy } from "./retry";
import {
  nukiAccountSchema,
  nukiAuthSchema,
  nukiLogSchema,
  nukiSmartlockSchema,
  nukiWebhookSchema,
  type NukiAuthWrite,
  type NukiLogQuery,
} from "./schemas";

export const KEYPAD_CODE_TYPE = 13;
const DEFAULT_TIMEOUT_MS = 10_000;

interface RequestOptions<T> {
  query?: Record<string, string | number>;
  body?: unknown;
  schema?: z.ZodType<T>;
}

export interface NukiClientOptions {
  baseUrl?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** How reads (GET) are tried again on 429, 5xx and network errors; `false`: once only. */
  retry?: Partial<RetryPolicy> | false;
}

function parseJson(bytes: Buffer): unknown {
  if (bytes.length === 0) return undefined;
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch {
    return undefined;
  }
}

function lockPath(lockId: number): string {
  const raw = String(lockId);
  if (!LOCK_ID_PATTERN.test(raw)) throw new NukiError("not_found", "Unknown lock");
  return `/smartlock/${raw}`;
}

const LOG_ID_PATTERN = /^[0-9a-f]{24}$/;

/** The log query as Nuki takes it; a malformed paging id is refused before it reaches the URL. */
function logQuery(query: NukiLogQuery): Record<string, string | number> {
  if (query.id !== undefined && !LOG_ID_PATTERN.test(query.id)) throw new NukiError("not_found", "Unknown log entry");
  if (query.authId !== undefined && !AUTH_ID_PATTERN.test(query.authId)) throw new NukiError("not_found", "Unknown PIN");
  const limit = Math.min(50, Math.max(1, Math.trunc(query.limit)));
  const out: Record<string, string | number> = { limit };
  if (query.id) out.id = query.id;
  if (query.fromDate) out.fromDate = query.fromDate;
  if (query.toDate) out.toDate = query.toDate;
  if (query.action !== undefined) out.action = query.action;
  if (query.authId) out.authId = query.authId;
  return out;
}

function authPath(lockId: number, authId: string): string {
  if (!AUTH_ID_PATTERN.test(authId)) throw new NukiError("not_found", "Unknown PIN");
  return `${lockPath(lockId)}/auth/${authId}`;
}

/** A typed client for the Nuki Web API, bound to one user's access token. */
export function createNukiClient(accessToken: string, options: NukiClientOptions = {}) {
  const baseUrl = options.baseUrl ?? env.nukiApiUrl;
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const retry = options.retry === false ? { ...DEFAULT_RETRY, attempts: 1 } : { ...DEFAULT_RETRY, ...options.retry };

  /** Reads are idempotent, so a transient failure is tried again within the read's budget. */
  function request<T>(method: string, path: string, opts: RequestOptions<T> = {}): Promise<T> {
    if (method !== "GET") return requestOnce(method, path, opts, timeoutMs);
    return withRetries(retry, timeoutMs, (budget) => requestOnce(method, path, opts, budget));
  }

  async function requestOnce<T>(method: string, path: string, opts: RequestOptions<T>, timeoutMs: number): Promise<T> {
    const url = new URL(baseUrl + path);
    for (const [key, value] of Object.entries(opts.query ?? {})) url.searchParams.set(key, String(value));
    let response: Response;
    try {
      response = await doFetch(url, {
        method,
        headers: {
          Authorization: `Bearer ${accessToken}`,
          Accept: "application/json",
          ...(opts.body === undefined ? {} : { "Content-Type": "application/json" }),
        },
        body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
        signal: AbortSignal.timeout(timeoutMs),
        cache: "no-store",
      });
    } catch (error) {
      const timedOut = error instanceof Error && error.name === "TimeoutError";
      throw new NukiError("unavailable", timedOut ? NO_ANSWER.timeout : NO_ANSWER.unreachable);
    }
    const body = await readBody(response);
    if (!response.ok) {
      const retryAfter = Number(response.headers.get("retry-after"));
      throw new NukiError(
        kindForStatus(response.status),
        `Nuki answered ${response.status} to ${method} ${path.replace(/\/auth\/[0-9a-f]+$/, "/auth/…")}`,
        response.status,
        detailFromBody(parseJson(body.bytes())),
        Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
      );
    }
    const schema = opts.schema;
    if (!schema) return undefined as T;
    return parsedAnswers().resolve(`${method} ${url.pathname}${url.search}`, body, (bytes) => {
      const parsed = schema.safeParse(parseJson(bytes));
      if (!parsed.success) throw new NukiError("bad_response", `Nuki sent an unexpected response to ${method} ${path}`);
      return parsed.data;
    });
  }

  return {
    getAccount: async () => request("GET", "/account", { schema: nukiAccountSchema }),
    listLocks: async () => request("GET", "/smartlock", { schema: z.array(nukiSmartlockSchema) }),
    getLock: async (lockId: number) => request("GET", lockPath(lockId), { schema: nukiSmartlockSchema }),
    syncLock: async (lockId: number) => request<void>("POST", `${lockPath(lockId)}/sync`),
    /** Every keypad code of every lock in one call. */
    listAllKeypadAuths: async () =>
      request("GET", "/smartlock/auth", { query: { types: KEYPAD_CODE_TYPE }, schema: z.array(nukiAuthSchema) }),
    listKeypadAuths: async (lockId: number) =>
      request("GET", `${lockPath(lockId)}/auth`, { query: { types: KEYPAD_CODE_TYPE }, schema: z.array(nukiAuthSchema) }),
    createAuth: async (lockId: number, payload: NukiAuthWrite) =>
      request<void>("PUT", `${lockPath(lockId)}/auth`, { body: { ...payload, type: KEYPAD_CODE_TYPE } }),
    updateAuth: async (lockId: number, authId: string, payload: NukiAuthWrite) =>
      request<void>("POST", authPath(lockId, authId), { body: payload }),
    /** The lock's log, newest first; `id` pages to older entries. */
    listLog: async (lockId: number, query: NukiLogQuery) =>
      request("GET", `${lockPath(lockId)}/log`, { query: logQuery(query), schema: z.array(nukiLogSchema) }),
    deleteAuth: async (lockId: number, authId: string) => request<void>("DELETE", authPath(lockId, authId)),
    /** Registers this app's decentral webhook; Nuki answers with the secret its deliveries are signed with. */
    registerWebhook: async (webhookUrl: string, webhookFeatures: string[]) =>
      request("PUT", "/api/decentralWebhook", { body: { webhookUrl, webhookFeatures }, schema: nukiWebhookSchema }),
  };
}

export type NukiClient = ReturnType<typeof createNukiClient>;
