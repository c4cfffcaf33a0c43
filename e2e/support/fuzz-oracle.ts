import type { FuzzAccount, FuzzRequest } from "./fuzz-inputs";
import { BODY_KIND, MAX_BODY_BYTES, parsedLockId } from "./fuzz-inputs";

function parsesAsJson(bytes: Uint8Array): boolean {
  try {
    JSON.parse(new TextDecoder().decode(bytes));
    return true;
  } catch {
    return false;
  }
}

export interface FuzzResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
}

/** Traces of a stack or of the server's files, which an answer must never carry. */
const LEAKS: [RegExp, string][] = [
  [/\n\s*at\s/, "a stack frame"],
  [/\bat\s+(?:async\s+)?\S+\s+\((?:file:|node:|webpack|\/|[A-Za-z]:\\)/, "a stack frame"],
  [/node_modules/, "node_modules"],
  [/\.next[\\/]/, "a .next path"],
  [/webpack-internal:/, "a webpack path"],
  [/(?:^|[\s"'(=])\/(?:work|home|root|usr|app|var|tmp|opt|srv)\//, "a server file path"],
  [/\.[cm]?[jt]sx?:\d+/, "a source position"],
  [/\b(?:TypeError|ReferenceError|SyntaxError|RangeError|URIError|ZodError|SqliteError)\b/, "an exception class"],
];

export function leaks(text: string): string[] {
  return LEAKS.filter(([pattern]) => pattern.test(text)).map(([, what]) => what);
}

type ErrorBody = { code: string; message: string; field?: string };

/** The one error shape of the API, exactly: `{ error: { code, message, field? } }`. */
export function errorShape(text: string): { error?: ErrorBody; problem?: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { problem: "the error body is not JSON" };
  }
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
  if (!isObject(data) || Object.keys(data).join(",") !== "error" || !isObject(data.error)) {
    return { problem: "the error body is not exactly { error: {…} }" };
  }
  const e = data.error;
  const extra = Object.keys(e).filter((k) => !["code", "message", "field"].includes(k));
  if (extra.length) return { problem: `the error has unexpected keys: ${extra.join(", ")}` };
  if (typeof e.code !== "string" || !e.code) return { problem: "error.code is not a non-empty string" };
  if (typeof e.message !== "string" || !e.message) return { problem: "error.message is not a non-empty string" };
  if (e.field !== undefined && typeof e.field !== "string") return { problem: "error.field is not a string" };
  return { error: e as ErrorBody };
}

interface Expectation {
  status: number;
  code?: string;
  /** For a 200: the exact JSON it must answer. */
  json?: unknown;
}

function limitIsValid(url: string): boolean {
  const raw = new URL(url, "http://x").searchParams.get("limit");
  if (raw === null) return true;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= 200;
}

/**
 * The answer a request must get, worked out from the order in which a route checks: origin, lock
 * id, body, then the lock and the PIN themselves.
 */
function expected(account: FuzzAccount, req: FuzzRequest): Expectation | Expectation[] {
  if (req.route === "POST /api/webhooks/nuki") return [{ status: 400 }, { status: 401 }, { status: 404 }, { status: 413 }];
  const site = req.headers["Sec-Fetch-Site"];
  if (req.method !== "GET" && (req.headers.Origin !== account.origin || (site !== undefined && site !== "same-origin"))) {
    return { status: 403, code: "forbidden_origin" };
  }
  if (req.route === "GET /api/locks") return { status: 200 };
  const lockId = parsedLockId(req.lockSegment ?? "");
  if (lockId === null) return { status: 404, code: "not_found" };
  const kind = BODY_KIND[req.route];
  if (kind) {
    const bytes = req.body ?? Buffer.alloc(0);
    if (bytes.byteLength > MAX_BODY_BYTES) return { status: 413, code: "payload_too_large" };
    if (!parsesAsJson(bytes)) return { status: 400, code: "invalid_json" };
    return { status: 422, code: "invalid_input" };
  }
  if (req.route === "GET /api/locks/{lockId}/activity" && !limitIsValid(req.url)) return { status: 400, code: "invalid_input" };
  if (!account.lockIds.includes(lockId)) return { status: 404, code: "not_found" };
  // Real PINs are never named (the generator filters them out), so every PIN route finds nothing.
  if (req.pinSegment !== undefined) return { status: 404, code: "not_found" };
  if (req.route === "POST /api/locks/{lockId}/sync") return { status: 202 };
  if (req.route === "GET /api/locks/{lockId}/activity") return { status: 200, json: [] };
  return { status: 200 };
}

/** Everything wrong with one answer; empty when it is as it must be. */
export function judge(account: FuzzAccount, req: FuzzRequest, res: FuzzResponse): string[] {
  const problems: string[] = [];
  const contentType = res.headers["content-type"] ?? "";
  if (res.status >= 500) problems.push(`status ${res.status} (a server error)`);
  else if (res.status >= 300 && res.status < 400) problems.push(`status ${res.status} (a redirect)`);

  let code: string | undefined;
  if (res.status >= 400) {
    const shape = errorShape(res.text);
    if (shape.problem) problems.push(shape.problem);
    code = shape.error?.code;
    if (!contentType.includes("application/json")) problems.push(`an error with Content-Type ${JSON.stringify(contentType)}`);
    for (const what of leaks(res.text)) problems.push(`the answer carries ${what}`);
  } else if (res.status >= 200 && res.status < 300 && (req.method === "GET" || res.text)) {
    try {
      JSON.parse(res.text);
    } catch {
      problems.push("a successful answer that is not JSON");
    }
  }

  // Rate limits may come in front of anything; they still have to be well-formed and say when.
  if (res.status === 429) {
    if (!/^[1-9][0-9]*$/.test(res.headers["retry-after"] ?? "")) problems.push("a 429 without a Retry-After in seconds");
    return problems;
  }
  const want = expected(account, req);
  const options = Array.isArray(want) ? want : [want];
  const match = options.find((o) => o.status === res.status && (o.code === undefined || o.code === code));
  if (!match) {
    problems.push(`expected ${options.map((o) => `${o.status}${o.code ? ` ${o.code}` : ""}`).join(" or ")}, got ${res.status}${code ? ` ${code}` : ""}`);
  } else if (match.json !== undefined && res.text !== JSON.stringify(match.json)) {
    problems.push(`expected the body ${JSON.stringify(match.json)}`);
  }
  return problems;
}

export function describeExchange(req: FuzzRequest, res: FuzzResponse | undefined, problems: string[]): string {
  const lines = [
    problems.map((p) => `- ${p}`).join("\n"),
    `request:  ${req.method} ${req.url}`,
    `headers:  ${JSON.stringify(req.headers)}`,
    `body:     ${req.note}`,
  ];
  if (res) {
    const text = res.text.length > 600 ? `${res.text.slice(0, 600)}… (${res.text.length} chars)` : res.text;
    lines.push(`response: ${res.status} ${res.headers["content-type"] ?? "(no content-type)"}`, `          ${text}`);
  }
  return lines.join("\n");
}
