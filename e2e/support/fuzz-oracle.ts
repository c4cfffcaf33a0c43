import { MAX_BODY_BYTES } from "./fuzz-bodies";
import { BODY_KIND, type FuzzAccount, type FuzzRequest } from "./fuzz-routes";
import { isCalendarDay, parsedLockId, parsedUuid, UUID } from "./fuzz-urls";

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
  /** The error's `field`, where the input settles it. */
  field?: string;
  /** For a 200: the exact JSON it must answer. */
  json?: unknown;
}

const query = (url: string) => new URL(url, "http://x").searchParams;

function limitIsValid(url: string): boolean {
  const raw = query(url).get("limit");
  if (raw === null) return true;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= 200;
}

const PIN_ID = /^([0-9a-f]{24}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
const PIN_FILTERS = ["all", "active", "upcoming", "expired", "disabled", "problems"];

/** A `nextCursor` Keyhost could have made: base64url JSON of `{ lockId: 24-hex id or null }`. */
function cursorIsWellFormed(raw: string): boolean {
  if (raw.length > 4000 || !/^[A-Za-z0-9_-]+$/.test(raw)) return false;
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    return false;
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return false;
  // zod's record skips an own `__proto__` key (so it cannot replace the result's prototype): not checked.
  return Object.entries(data)
    .filter(([k]) => k !== "__proto__")
    .every(([k, v]) => /^[1-9][0-9]{0,15}$/.test(k) && (v === null || (typeof v === "string" && /^[0-9a-f]{24}$/.test(v))));
}

/** The field a door-entries query is refused for, checked in the documented order; null when it is fine. */
function badEntryQuery(url: string): string | null {
  const params = query(url);
  const get = (name: string) => {
    const value = params.get(name);
    return value === null || value === "" ? undefined : value;
  };
  const limit = get("limit");
  if (limit !== undefined && (!/^\d{1,3}$/.test(limit) || Number(limit) < 1 || Number(limit) > 100)) return "limit";
  const pinId = get("pinId");
  if (pinId !== undefined && !PIN_ID.test(pinId)) return "pinId";
  const from = get("from");
  if (from !== undefined && !isCalendarDay(from)) return "from";
  const to = get("to");
  if (to !== undefined && !isCalendarDay(to)) return "to";
  if (from && to && from > to) return "to";
  const cursor = get("cursor");
  if (cursor !== undefined && !cursorIsWellFormed(cursor)) return "cursor";
  return null;
}

function badPinSearch(url: string): string | null {
  const params = query(url);
  if ((params.get("q") ?? "").trim().length > 40) return "q";
  if (!PIN_FILTERS.includes(params.get("filter") || "all")) return "filter";
  return null;
}

/** What a body the route reads gets when it is not one the route takes: too big, not JSON, or refused. */
function refusedBody(req: FuzzRequest): Expectation {
  const bytes = req.body ?? Buffer.alloc(0);
  if (bytes.byteLength > MAX_BODY_BYTES) return { status: 413, code: "payload_too_large" };
  if (!parsesAsJson(bytes)) return { status: 400, code: "invalid_json" };
  return { status: 422, code: "invalid_input" };
}

const notFound: Expectation = { status: 404, code: "not_found" };

/** The first door of a property body that is not one of the account's locks. */
function strangerField(account: FuzzAccount, req: FuzzRequest): string {
  const doors = (JSON.parse(new TextDecoder().decode(req.body)) as { lockIds: unknown[] }).lockIds;
  const at = doors.findIndex((d) => !account.lockIds.includes(Number(d)));
  return `lockIds.${at}`;
}

/**
 * The answer a request must get, worked out from the order in which a route checks: method,
 * origin, ids, query and body, then the lock, PIN, property or stay themselves.
 */
function expected(account: FuzzAccount, req: FuzzRequest): Expectation | Expectation[] {
  if (req.route === "WRONG-METHOD /api/…") return { status: 405, code: "method_not_allowed" };
  // Public, for a load balancer: the database answers and the engine runs throughout the fuzz.
  if (req.route === "GET /api/health") return { status: 200 };
  if (req.route === "POST /api/webhooks/nuki") return [{ status: 400 }, { status: 401 }, { status: 404 }, { status: 413 }];
  const site = req.headers["Sec-Fetch-Site"];
  if (req.method !== "GET" && (req.headers.Origin !== account.origin || (site !== undefined && site !== "same-origin"))) {
    return { status: 403, code: "forbidden_origin" };
  }
  switch (req.route) {
    case "GET /api/locks":
    case "GET /api/openapi.json":
    case "GET /api/attention":
    case "GET /api/today":
      return { status: 200 };
    case "GET /api/pins": {
      const field = badPinSearch(req.url);
      return field ? { status: 422, code: "invalid_input", field } : { status: 200 };
    }
    // Nothing may create a property or a stay, so the lists stay empty throughout.
    case "GET /api/properties":
      return { status: 200, json: [] };
    case "GET /api/stays": {
      const propertyId = query(req.url).get("propertyId");
      if (propertyId !== null && !UUID.test(propertyId)) return { status: 422, code: "invalid_input", field: "propertyId" };
      return { status: 200, json: [] };
    }
    case "POST /api/properties":
      return req.validBody ? { status: 422, code: "invalid_input", field: strangerField(account, req) } : refusedBody(req);
    case "POST /api/stays":
      return req.validBody ? { status: 422, code: "invalid_input", field: "propertyId" } : refusedBody(req);
    case "GET /api/properties/{propertyId}":
    case "DELETE /api/properties/{propertyId}":
    case "GET /api/stays/{stayId}":
    case "DELETE /api/stays/{stayId}":
      return notFound;
    case "PATCH /api/properties/{propertyId}":
    case "PATCH /api/stays/{stayId}":
      if (parsedUuid(req.idSegment ?? "") === null) return notFound;
      return req.validBody ? notFound : refusedBody(req);
    // No stay exists, so there is no stay on now: an empty map, by stay id.
    case "GET /api/stays/usage": {
      const propertyId = query(req.url).get("propertyId");
      if (propertyId !== null && !UUID.test(propertyId)) return { status: 422, code: "invalid_input", field: "propertyId" };
      return { status: 200, json: {} };
    }
    case "GET /api/stays/{stayId}/usage":
    case "GET /api/stays/{stayId}/message":
    // The stay is looked up before the body (the message's language) is read.
    case "PATCH /api/stays/{stayId}/message":
      return notFound;
    // Like a PIN's message: the id, then whether mail is set up, then the body (always one the schema refuses).
    case "POST /api/stays/{stayId}/message":
      if (parsedUuid(req.idSegment ?? "") === null) return notFound;
      if (!account.mailEnabled) return { status: 409, code: "mail_disabled" };
      return refusedBody(req);
    case "GET /api/properties/{propertyId}/entries": {
      if (parsedUuid(req.idSegment ?? "") === null) return notFound;
      const field = badEntryQuery(req.url);
      return field ? { status: 422, code: "invalid_input", field } : notFound;
    }
    // Calendar feeds: the property's id first, then the body where the route reads one; no property
    // exists, so a body the schema takes still finds nothing.
    case "GET /api/properties/{propertyId}/feeds":
    // Backup codes: no body; no property or stay exists.
    case "GET /api/properties/{propertyId}/backup-codes":
    case "POST /api/properties/{propertyId}/backup-codes":
    case "DELETE /api/properties/{propertyId}/backup-codes":
    case "POST /api/stays/{stayId}/backup-code":
    case "DELETE /api/properties/{propertyId}/feeds/{feedId}":
    case "POST /api/properties/{propertyId}/feeds/{feedId}/sync":
      return notFound;
    case "POST /api/properties/{propertyId}/feeds":
    case "PATCH /api/properties/{propertyId}/feeds/{feedId}": {
      if (parsedUuid(req.idSegment ?? "") === null) return notFound;
      const refused = refusedBody(req);
      return refused.status === 422 ? [refused, notFound] : refused;
    }
    // The account-wide clean-up is only ever sent with a refused origin, answered above.
    case "POST /api/pins/cleanup":
      return { status: -1 };
    default:
      break;
  }
  const lockId = parsedLockId(req.lockSegment ?? "");
  if (lockId === null) return notFound;
  if (req.route === "POST /api/locks/{lockId}/pins/{pinId}/message") {
    if (!account.mailEnabled) return { status: 409, code: "mail_disabled" };
    return refusedBody(req);
  }
  const kind = BODY_KIND[req.route];
  if (kind) return refusedBody(req);
  if (req.route === "GET /api/locks/{lockId}/activity" && !limitIsValid(req.url)) return { status: 422, code: "invalid_input", field: "limit" };
  if (req.route === "GET /api/locks/{lockId}/entries") {
    const field = badEntryQuery(req.url);
    if (field) return { status: 422, code: "invalid_input", field };
  }
  if (!account.lockIds.includes(lockId)) return notFound;
  // Real PINs are never named (the generator filters them out), so every PIN route finds nothing.
  if (req.pinSegment !== undefined) return notFound;
  switch (req.route) {
    case "POST /api/locks/{lockId}/sync":
      return { status: 202 };
    case "GET /api/locks/{lockId}/activity":
      return { status: 200, json: [] };
    // A clean-up of one of the account's locks would delete its expired PINs: never sent.
    case "POST /api/locks/{lockId}/pins/cleanup":
      return { status: -1 };
    default:
      return { status: 200 };
  }
}

/** Everything wrong with one answer; empty when it is as it must be. */
export function judge(account: FuzzAccount, req: FuzzRequest, res: FuzzResponse): string[] {
  const problems: string[] = [];
  const contentType = res.headers["content-type"] ?? "";
  if (res.status >= 500) problems.push(`status ${res.status} (a server error)`);
  else if (res.status >= 300 && res.status < 400) problems.push(`status ${res.status} (a redirect)`);

  let code: string | undefined;
  let field: string | undefined;
  if (res.status >= 400) {
    const shape = errorShape(res.text);
    if (shape.problem) problems.push(shape.problem);
    code = shape.error?.code;
    field = shape.error?.field;
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
  if (options.some((o) => o.status < 0)) {
    problems.push("the fuzz sent a request that could write (a clean-up that reaches the lock): the generator is wrong");
    return problems;
  }
  const match = options.find((o) => o.status === res.status && (o.code === undefined || o.code === code));
  if (!match) {
    problems.push(`expected ${options.map((o) => `${o.status}${o.code ? ` ${o.code}` : ""}`).join(" or ")}, got ${res.status}${code ? ` ${code}` : ""}`);
  } else if (match.json !== undefined && res.text !== JSON.stringify(match.json)) {
    problems.push(`expected the body ${JSON.stringify(match.json)}`);
  } else if (match.field !== undefined && field !== match.field) {
    problems.push(`expected field ${JSON.stringify(match.field)}, got ${JSON.stringify(field ?? null)}`);
  }
  if (res.status === 405 && req.allowed && res.headers.allow !== req.allowed.join(", ")) {
    problems.push(`a 405 whose Allow is ${JSON.stringify(res.headers.allow ?? null)}, not ${JSON.stringify(req.allowed.join(", "))}`);
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
