import fc from "fast-check";

/** What the fuzz knows about the signed-in account, read from the simulator before it starts. */
export interface FuzzAccount {
  origin: string;
  lockIds: number[];
  otherLockId: number;
  /** Every lock's keypad auth ids as Nuki has them, the other account's included. */
  authIds: Map<number, string[]>;
}

export type Method = "GET" | "POST" | "PATCH" | "DELETE";

export const ROUTES = [
  "GET /api/locks",
  "GET /api/locks/{lockId}",
  "POST /api/locks/{lockId}/sync",
  "GET /api/locks/{lockId}/pins",
  "POST /api/locks/{lockId}/pins",
  "PATCH /api/locks/{lockId}/pins/{pinId}",
  "DELETE /api/locks/{lockId}/pins/{pinId}",
  "POST /api/locks/{lockId}/pins/{pinId}/repair",
  "POST /api/locks/{lockId}/pins/{pinId}/retry",
  "POST /api/locks/{lockId}/pins/{pinId}/adopt",
  "GET /api/locks/{lockId}/pins/{pinId}/history",
  "GET /api/locks/{lockId}/activity",
  "GET /api/locks/{lockId}/settings",
  "PATCH /api/locks/{lockId}/settings",
  "POST /api/webhooks/nuki",
] as const;

export type Route = (typeof ROUTES)[number];

/** Which schema a route's body goes through, for the routes that read one. */
export type BodyKind = "create" | "patch" | "settings";

export const BODY_KIND: Partial<Record<Route, BodyKind>> = {
  "POST /api/locks/{lockId}/pins": "create",
  "PATCH /api/locks/{lockId}/pins/{pinId}": "patch",
  "PATCH /api/locks/{lockId}/settings": "settings",
};

export interface FuzzRequest {
  route: Route;
  method: Method;
  /** Path and query exactly as sent, already percent-encoded. */
  url: string;
  lockSegment?: string;
  pinSegment?: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** How the body was made, for the failure report. */
  note: string;
}

export const MAX_BODY_BYTES = 16 * 1024;
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export const PIN_FIELDS = ["name", "code", "enabled", "validFrom", "validUntil", "weekdays", "dailyFrom", "dailyUntil"] as const;
type PinField = (typeof PIN_FIELDS)[number];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;

function isWallTime(value: string): boolean {
  const m = WALL_TIME.exec(value);
  if (!m) return false;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = mo === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(mo) ? 30 : 31;
  return mo >= 1 && mo <= 12 && d >= 1 && d <= days && h < 24 && mi < 60;
}

/** True only when the value breaks a rule of its field for certain; unsure means false. */
function surelyInvalid(field: string, value: unknown): boolean {
  switch (field) {
    case "name":
      return typeof value !== "string" || value.trim().length < 1 || value.trim().length > 20;
    case "code": {
      if (typeof value !== "string") return true;
      const code = value.trim();
      return !/^\d{6}$/.test(code) || !/^[1-9]+$/.test(code) || code.startsWith("12");
    }
    case "enabled":
      return typeof value !== "boolean";
    case "validFrom":
    case "validUntil":
      return value !== null && (typeof value !== "string" || !isWallTime(value));
    case "dailyFrom":
    case "dailyUntil":
      return value !== null && (typeof value !== "string" || !TIME_OF_DAY.test(value));
    case "weekdays":
      return (
        !Array.isArray(value) ||
        value.length < 1 ||
        value.length > 7 ||
        value.some((d) => !(WEEKDAYS as readonly unknown[]).includes(d)) ||
        new Set(value).size !== value.length
      );
    default:
      return true;
  }
}

function surelyCrossInvalid(pin: Record<string, unknown>): boolean {
  const { validFrom = null, validUntil = null, dailyFrom = null, dailyUntil = null } = pin;
  if (typeof validFrom === "string" && typeof validUntil === "string" && validUntil <= validFrom) return true;
  if (Boolean(dailyFrom) !== Boolean(dailyUntil)) return true;
  return typeof dailyFrom === "string" && typeof dailyUntil === "string" && dailyUntil <= dailyFrom;
}

/**
 * Whether the route's schema might take this body. Every doubt counts as "might": a body the fuzz
 * sends must be refused for certain, so that no request of it can create or change a PIN.
 */
export function schemaMayAccept(kind: BodyKind, bytes: Uint8Array): boolean {
  if (bytes.byteLength > MAX_BODY_BYTES) return false;
  let data: unknown;
  try {
    // Decoded exactly as the server does: invalid UTF-8 becomes U+FFFD and a BOM is dropped.
    data = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return false;
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return false;
  const body = data as Record<string, unknown>;
  // A schema might skip an own `__proto__` key instead of refusing it, so it settles nothing.
  const keys = Object.keys(body).filter((k) => k !== "__proto__");
  if (kind === "settings") return keys.every((k) => k === "autoRepair") && typeof body.autoRepair === "boolean";
  if (!keys.every((k) => (PIN_FIELDS as readonly string[]).includes(k))) return false;
  if (keys.some((k) => surelyInvalid(k, body[k]))) return false;
  if (kind === "create") return keys.includes("name") && !surelyCrossInvalid(body);
  return true;
}

/**
 * Ids that have broken routers and id parsers elsewhere. Kept percent-encoded: a raw `..`, `/`, `?`
 * or `#` would be resolved by the URL parser before the request leaves, and test nothing.
 */
const HOSTILE_SEGMENTS = [
  "..%2F..%2Fsim%2F_control%2Freset",
  "..%2F",
  "%2e%2e%2f%2e%2e%2fsim",
  "..%5C..%5C",
  "%00",
  "17923456781%00",
  "%2500",
  "0",
  "00",
  "-1",
  "-17923456781",
  "017923456781",
  "%2B17923456781",
  "%2017923456781",
  "17923456781%20",
  "17923456781%0A",
  "1e3",
  "1.5",
  "17923456781.0",
  "0x10",
  "NaN",
  "Infinity",
  "-Infinity",
  "true",
  "null",
  "undefined",
  "%5B%5D",
  "%7B%7D",
  "%5Bobject%20Object%5D",
  "9007199254740993",
  "9999999999999999",
  "18446744073709551616",
  "99999999999999999999999999999999999999999",
  "%E2%80%AE17923456781",
  "%EF%BC%91%EF%BC%97%EF%BC%99",
  "%D9%A1%D9%A2%D9%A3",
  "%F0%9F%94%91",
  "__proto__",
  "constructor",
  "prototype",
  "hasOwnProperty",
  "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "'%20OR%201%3D1--",
  "*",
  "~",
  ";",
  "%3B",
  "%3F",
  "%23",
  "%25",
];

/**
 * Percent-escapes that do not decode. The router meets them before any route code runs, so they
 * get a test of their own: inside the fuzz, one failure there would hide everything else it finds.
 */
export const UNDECODABLE_SEGMENTS = ["%", "%zz", "%E0%A4%A", "%C0%AE%C0%AE%2F", "%FF", "17923456781%"];

const hex24 = fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: 24, maxLength: 24 });

const unicodeSegment = fc
  .string({ unit: "grapheme", minLength: 1, maxLength: 24 })
  .map(encodeURIComponent)
  .filter((s) => s !== "." && s !== "..");

const numericSegment = fc.oneof(
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
  fc.integer().map(String),
  fc.double().map(String),
  fc.integer({ min: 17, max: 1500 }).map((n) => "7".repeat(n)),
);

export function lockSegment(account: FuzzAccount): fc.Arbitrary<string> {
  const nearby = fc
    .tuple(fc.constantFrom(...account.lockIds), fc.integer({ min: -3, max: 3 }).filter((d) => d !== 0))
    .map(([id, d]) => String(id + d));
  return fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...account.lockIds).map(String) },
    { weight: 3, arbitrary: fc.constant(String(account.otherLockId)) },
    { weight: 1, arbitrary: nearby },
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_SEGMENTS) },
    { weight: 2, arbitrary: numericSegment },
    { weight: 2, arbitrary: unicodeSegment },
    { weight: 1, arbitrary: hex24 },
  );
}

export function pinSegment(account: FuzzAccount): fc.Arbitrary<string> {
  const otherAccount = account.authIds.get(account.otherLockId) ?? [];
  const everyAuth = [...account.authIds.values()].flat();
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...otherAccount) },
    // Another lock's PIN: the route must look the id up on the lock in the path, not anywhere.
    { weight: 3, arbitrary: fc.constantFrom(...everyAuth) },
    { weight: 2, arbitrary: hex24 },
    { weight: 1, arbitrary: hex24.map((s) => s.toUpperCase()) },
    { weight: 2, arbitrary: fc.uuid() },
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_SEGMENTS) },
    { weight: 1, arbitrary: numericSegment },
    { weight: 2, arbitrary: unicodeSegment },
  );
}

export function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** The lock a segment names as the server parses it, or null when it names none. */
export function parsedLockId(segment: string): number | null {
  const raw = decodeSegment(segment);
  if (raw === null || !/^[1-9][0-9]{0,15}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

/**
 * True when the request would name a real PIN on one of the account's locks: such a request
 * could delete, adopt or change it, which is exactly what this fuzz must never do.
 */
export function namesRealPin(account: FuzzAccount, lock: string, pin: string): boolean {
  const lockId = parsedLockId(lock);
  if (lockId === null || !account.lockIds.includes(lockId)) return false;
  const real = account.authIds.get(lockId) ?? [];
  const candidates = [pin, decodeSegment(pin) ?? pin].map((s) => s.trim().toLowerCase());
  return candidates.some((c) => real.includes(c));
}

const junkQuery = fc.oneof(
  fc.constantFrom(
    "__proto__[admin]=1",
    "constructor[prototype][admin]=1",
    "a=%00",
    "limit=1&limit=abc",
    "callbackUrl=https%3A%2F%2Fevil.example",
    `x=${"A".repeat(4000)}`,
    "=",
    "&&&",
    "a[]=1&a[]=2",
    "q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "%F0%9F%94%91=%F0%9F%94%91",
    "limit=",
    "limit",
    "lockId=17990123457",
    "pinId=..%2F..%2F",
  ),
  fc.webQueryParameters(),
  fc
    .dictionary(fc.string({ maxLength: 12 }), fc.string({ maxLength: 40 }), { maxKeys: 4 })
    .map((d) => new URLSearchParams(Object.entries(d)).toString()),
);

const optionalQuery = fc.option(junkQuery, { nil: undefined, freq: 3 });

const limitValue = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 200 }).map(String) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
  {
    weight: 2,
    arbitrary: fc.constantFrom("", " ", "0", "201", "-0", "1e2", "0x10", "0b11", "1_000", "٣", "１", "50abc", "abc", "null", "true", "[]", "%00", "9".repeat(400)),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);

const activityQuery = fc
  .tuple(fc.option(limitValue, { nil: undefined, freq: 6 }), optionalQuery)
  .map(([limit, junk]) => [limit === undefined ? undefined : `limit=${encodeURIComponent(limit)}`, junk].filter((part) => part !== undefined).join("&"));

const withQuery = (path: string, query: string | undefined) => (query ? `${path}?${query}` : path);

function sized(min: number, max: number): fc.Arbitrary<string> {
  return fc
    .tuple(fc.integer({ min, max }), fc.constantFrom("x", "9", "é", "😀", "\u0000", '"', "\\", " ", "\u202e"))
    .map(([n, c]) => c.repeat(Math.max(1, Math.ceil(n / c.length))));
}

/** Mostly short, sometimes past the 16 KB cap, rarely up to 1 MB: big bodies cost time to send. */
const hugeString = fc.oneof(
  { weight: 6, arbitrary: sized(21, 2_000) },
  { weight: 2, arbitrary: sized(2_000, 15_000) },
  { weight: 1, arbitrary: sized(MAX_BODY_BYTES + 1, 1_048_576) },
);

function setOwn(target: JsonObject, key: string, value: Json) {
  // Plain assignment to `__proto__` would replace the prototype instead of adding a key.
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
}

function nested(depth: number): Json {
  let value: Json = "deep";
  for (let i = 0; i < depth; i++) value = i % 2 ? { a: value } : [value];
  return value;
}

const protoPayload = fc.jsonValue({ maxDepth: 2 }).map((inner) => {
  const o: JsonObject = {};
  setOwn(o, "__proto__", { polluted: true, isAdmin: true, inner: inner as Json });
  setOwn(o, "constructor", { prototype: { polluted: true } });
  return o as Json;
});

const wrongValue: fc.Arbitrary<Json> = fc.oneof(
  fc.integer(),
  fc.constant(354879),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant<Json>([]),
  fc.constant<Json>({}),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  hugeString,
  protoPayload,
  fc.integer({ min: 10, max: 3_000 }).map(nested),
  fc.constantFrom<Json>(["354879"], { value: "Guest" }, [null], "", "true"),
);

/** Strings of the right type that each break a rule of their field. */
const badString: Record<PinField, fc.Arbitrary<Json>> = {
  name: fc.oneof(fc.constantFrom("", " ", "\t\n", "\u00a0"), hugeString, fc.string({ minLength: 21, maxLength: 60 }).filter((s) => s.trim().length > 20)),
  code: fc.oneof(
    fc.constantFrom("123456", "124789", "102345", "354870", "12345", "1234567", "abcdef", "35487９", "٣٥٤٨٧٩", "354 879", "0x1234", "", "35487a", "-35487", "3.5487"),
    fc.string({ maxLength: 10 }),
  ),
  enabled: fc.constantFrom<Json>("true", "false", 1, 0, "yes", null),
  validFrom: fc.oneof(
    fc.constantFrom("2027-02-30T10:00", "2027-13-01T10:00", "2027-01-08 15:00", "2027-01-08T15:00:00Z", "2027-01-08T24:00", "27-01-08T15:00", "tomorrow", "", "2027-01-08T15:00+01:00", "0000-00-00T00:00", "+275760-09-13T00:00", "2027-01-08T15:60"),
    fc.string({ maxLength: 20 }),
  ),
  validUntil: fc.oneof(fc.constantFrom("2026-02-29T11:00", "2027-01-10T11", "2027-1-10T11:00", "9999-99-99T99:99", ""), fc.string({ maxLength: 20 })),
  weekdays: fc.oneof(
    fc.constantFrom<Json>([], ["mon", "mon"], ["Mon"], ["funday"], [...WEEKDAYS, "mon"], [1, 2, 3], "mon", ["mon", null], [["mon"]], "mon,tue", 127),
    fc.array(fc.string({ maxLength: 5 }), { maxLength: 9 }),
  ),
  dailyFrom: fc.oneof(fc.constantFrom("24:00", "8:00", "08:60", "0800", "08:00:00", "", "-1:00", "08:00 "), fc.string({ maxLength: 8 })),
  dailyUntil: fc.oneof(fc.constantFrom("23:60", "25:00", "18.00", "6pm", ""), fc.string({ maxLength: 8 })),
};

const extraKey = fc.oneof(
  fc.constantFrom("__proto__", "constructor", "prototype", "id", "status", "managed", "authId", "accountId", "smartlockId", "lockId", "toString", "valueOf", "Name", "NAME", "name ", " name", "code\u0000", "drift", "type"),
  fc.string({ minLength: 1, maxLength: 16 }),
);

type Mutation =
  | { kind: "wrongType"; field: PinField | "autoRepair"; value: Json }
  | { kind: "badValue"; field: PinField; value: Json }
  | { kind: "extra"; key: string; value: Json }
  | { kind: "drop"; field: PinField | "autoRepair" }
  | { kind: "crossField"; fields: JsonObject }
  | { kind: "replace"; how: "array" | "wrapped" | "string" | "number" | "null" | "true" | "nested" };

const field = fc.constantFrom(...PIN_FIELDS);

const pinMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("wrongType" as const), field, value: wrongValue }),
  field.chain((f) => badString[f].map((value) => ({ kind: "badValue" as const, field: f, value }))),
  fc.record({ kind: fc.constant("extra" as const), key: extraKey, value: fc.oneof(wrongValue, fc.constant(true)) }),
  fc.constant({ kind: "drop" as const, field: "name" as const }),
  fc
    .constantFrom<JsonObject>(
      { validFrom: "2027-03-10T12:00", validUntil: "2027-03-09T12:00" },
      { validFrom: "2027-03-10T12:00", validUntil: "2027-03-10T12:00" },
      { dailyFrom: "18:00", dailyUntil: "08:00" },
      { dailyFrom: "08:00", dailyUntil: null },
      { dailyFrom: null, dailyUntil: "08:00" },
    )
    .map((fields) => ({ kind: "crossField" as const, fields })),
  { arbitrary: fc.constantFrom("array", "wrapped", "string", "number", "null", "true", "nested").map((how) => ({ kind: "replace" as const, how })), weight: 1 },
);

const settingsMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("wrongType" as const), field: fc.constant("autoRepair" as const), value: wrongValue }),
  fc.record({ kind: fc.constant("extra" as const), key: extraKey, value: fc.oneof(wrongValue, fc.constant(true)) }),
  fc.constant({ kind: "drop" as const, field: "autoRepair" as const }),
  fc.constantFrom("array", "wrapped", "string", "number", "null", "true", "nested").map((how) => ({ kind: "replace" as const, how })),
);

const validPin = fc.record(
  {
    name: fc.constantFrom("Fuzz Guest", "Gäste 😀", "A", "  Padded  "),
    code: fc.constantFrom("354879", "867453", "998877"),
    enabled: fc.boolean(),
    validFrom: fc.constantFrom("2027-01-08T15:00", null),
    validUntil: fc.constantFrom("2027-01-10T11:00", null),
    weekdays: fc.subarray([...WEEKDAYS], { minLength: 1 }),
    dailyFrom: fc.constantFrom("08:00", null),
    dailyUntil: fc.constantFrom("18:00", null),
  },
  { requiredKeys: [] },
);

function mutate(base: JsonObject, mutations: Mutation[]): Json {
  let body: Json = { ...base };
  for (const m of mutations) {
    if (typeof body !== "object" || body === null || Array.isArray(body)) break;
    const o: JsonObject = body;
    switch (m.kind) {
      case "wrongType":
      case "badValue":
        o[m.field] = m.value;
        break;
      case "extra":
        setOwn(o, m.key, m.value);
        break;
      case "drop":
        delete o[m.field];
        break;
      case "crossField":
        Object.assign(o, m.fields);
        break;
      case "replace":
        body = { array: [o], wrapped: { pin: o }, string: JSON.stringify(o), number: 354879, null: null, true: true, nested: nested(50) }[m.how];
        break;
    }
  }
  return body;
}

type TextChange =
  | { kind: "none" }
  | { kind: "truncate"; at: number }
  | { kind: "append"; tail: string }
  | { kind: "bom" }
  | { kind: "singleQuotes" }
  | { kind: "badUtf8"; at: number; bytes: readonly number[] }
  | { kind: "utf16" }
  | { kind: "padPastCap"; extra: number }
  | { kind: "duplicateKey"; key: string };

const textChange: fc.Arbitrary<TextChange> = fc.oneof(
  { weight: 12, arbitrary: fc.constant<TextChange>({ kind: "none" }) },
  { weight: 1, arbitrary: fc.nat().map((at): TextChange => ({ kind: "truncate", at })) },
  { weight: 1, arbitrary: fc.constantFrom(",", "}", "]", " x", "\u0000", "//", "/*", "\n{}", "NaN").map((tail): TextChange => ({ kind: "append", tail })) },
  // A BOM in front of valid JSON is stripped by the server's decoder: the body stays valid JSON.
  { weight: 1, arbitrary: fc.constant<TextChange>({ kind: "bom" }) },
  { weight: 1, arbitrary: fc.constant<TextChange>({ kind: "singleQuotes" }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.nat(), fc.constantFrom([0xff], [0xc0, 0xae], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xe2, 0x82]))
      .map(([at, bytes]): TextChange => ({ kind: "badUtf8", at, bytes })),
  },
  { weight: 1, arbitrary: fc.constant<TextChange>({ kind: "utf16" }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 40_000 }).map((extra): TextChange => ({ kind: "padPastCap", extra })) },
  { weight: 1, arbitrary: fc.constantFrom(...PIN_FIELDS, "autoRepair").map((key): TextChange => ({ kind: "duplicateKey", key })) },
);

function applyTextChange(text: string, change: TextChange): Buffer {
  switch (change.kind) {
    case "none":
      return Buffer.from(text);
    case "truncate":
      return Buffer.from(text.slice(0, change.at % Math.max(1, text.length)));
    case "append":
      return Buffer.from(text + change.tail);
    case "bom":
      return Buffer.from(`\uFEFF${text}`);
    case "singleQuotes":
      return Buffer.from(text.replaceAll('"', "'"));
    case "badUtf8": {
      const bytes = Buffer.from(text);
      const at = change.at % (bytes.length + 1);
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(change.bytes), bytes.subarray(at)]);
    }
    case "utf16":
      return Buffer.from(text, "utf16le");
    case "padPastCap": {
      // Whitespace keeps the JSON valid: only the size is wrong.
      const pad = Math.max(0, MAX_BODY_BYTES - Buffer.byteLength(text)) + change.extra;
      return Buffer.from(text + " ".repeat(pad));
    }
    case "duplicateKey":
      return Buffer.from(text.startsWith("{") ? `{${JSON.stringify(change.key)}:${JSON.stringify("Fuzz Guest")},${text.slice(1)}` : text);
  }
}

const rawBody: fc.Arbitrary<{ bytes: Buffer; note: string }> = fc.oneof(
  fc.constant({ bytes: Buffer.alloc(0), note: "empty" }),
  fc.string({ maxLength: 200 }).map((s) => ({ bytes: Buffer.from(s), note: "text" })),
  fc.string({ unit: "grapheme", maxLength: 100 }).map((s) => ({ bytes: Buffer.from(s), note: "unicode text" })),
  fc.uint8Array({ maxLength: 2_000 }).map((b) => ({ bytes: Buffer.from(b), note: "random bytes" })),
  fc
    .constantFrom(
      "name=Guest&code=354879",
      "<pin><name>Guest</name><code>354879</code></pin>",
      '--fuzz\r\nContent-Disposition: form-data; name="name"\r\n\r\nGuest\r\n--fuzz--\r\n',
      "null",
      "[]",
      '"name"',
      "NaN",
      "{name: 'Guest'}",
      '{"name": "Guest",}',
      '{"name": "Guest"} {"code": "354879"}',
      "{{}}",
      '{"autoRepair": tru}',
      "\u0000",
      "undefined",
    )
    .map((s) => ({ bytes: Buffer.from(s), note: "not JSON" })),
  fc.integer({ min: 1, max: 20_000 }).map((n) => ({ bytes: Buffer.from("[".repeat(n)), note: `${n} open brackets` })),
  fc.integer({ min: MAX_BODY_BYTES + 1, max: 1_048_576 }).map((n) => ({ bytes: Buffer.alloc(n, 0x7b), note: `${n} bytes of {` })),
);

const contentType = fc.option(
  fc.constantFrom(
    "application/json",
    "application/json; charset=utf-8",
    "APPLICATION/JSON",
    "text/plain",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=fuzz",
    "application/xml",
    "application/octet-stream",
    "application/json; charset=utf-16",
    "*/*",
    "application/json, text/html",
    "application/merge-patch+json",
  ),
  { nil: undefined, freq: 6 },
);

const preview = (bytes: Buffer) => {
  const text = bytes.subarray(0, 300).toString("utf8");
  return bytes.length > 300 ? `${text}… (${bytes.length} bytes)` : text;
};

function jsonBody(kind: BodyKind): fc.Arbitrary<{ bytes: Buffer; note: string }> {
  const base = kind === "settings" ? fc.constantFrom<JsonObject>({ autoRepair: true }, { autoRepair: false }) : (validPin as fc.Arbitrary<JsonObject>);
  const mutations = fc.array(kind === "settings" ? settingsMutation : pinMutation, { minLength: 1, maxLength: 3 });
  return fc.tuple(base, mutations, textChange).map(([b, ms, change]) => {
    const bytes = applyTextChange(JSON.stringify(mutate(b, ms)), change);
    const note = `${ms.map((m) => ("field" in m ? `${m.kind}(${m.field})` : "key" in m ? `extra(${JSON.stringify(m.key)})` : m.kind)).join(", ")}; text: ${change.kind}`;
    return { bytes, note };
  });
}

export interface FuzzBody {
  bytes: Buffer;
  contentType?: string;
  note: string;
}

/** Bodies for a route that reads one, each refused by its schema for certain. */
export function body(kind: BodyKind): fc.Arbitrary<FuzzBody> {
  return fc
    .tuple(fc.oneof({ weight: 5, arbitrary: jsonBody(kind) }, { weight: 1, arbitrary: rawBody }), contentType)
    .filter(([b]) => !schemaMayAccept(kind, b.bytes))
    .map(([b, type]) => ({ ...b, contentType: type, note: `${b.note}; content-type ${type ?? "(default)"}; body ${JSON.stringify(preview(b.bytes))}` }));
}

/** Mostly the app's own origin, so that most writes get past the CSRF check to the code behind it. */
const originFor = (account: FuzzAccount): fc.Arbitrary<Record<string, string>> =>
  fc
    .tuple(
      fc.oneof(
        { weight: 14, arbitrary: fc.constant(account.origin) },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            "https://evil.example",
            "null",
            `${account.origin}/`,
            account.origin.replace("localhost", "127.0.0.1"),
            account.origin.replace("http:", "https:"),
            `${account.origin}.evil.example`,
          ),
        },
      ),
      fc.oneof(
        { weight: 9, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.constantFrom("same-origin", "same-site", "cross-site", "none") },
      ),
    )
    .map(([origin, site]) => ({ Origin: origin, ...(site ? { "Sec-Fetch-Site": site } : {}) }));

function writeHeaders(origin: Record<string, string>, b?: FuzzBody): Record<string, string> {
  return { ...origin, ...(b?.contentType ? { "Content-Type": b.contentType } : {}) };
}

const optionalJunkBody = fc.option(
  fc.tuple(rawBody, contentType).map(([b, type]): FuzzBody => ({ ...b, contentType: type, note: `${b.note}; body ${JSON.stringify(preview(b.bytes))}` })),
  { nil: undefined, freq: 3 },
);

export function fuzzRequest(account: FuzzAccount): fc.Arbitrary<FuzzRequest> {
  const lock = lockSegment(account);
  const pin = pinSegment(account);
  const lockPin = fc.tuple(lock, pin).filter(([l, p]) => !namesRealPin(account, l, p));

  const get = (route: Route, path: (l: string) => string, query = optionalQuery) =>
    fc.tuple(lock, query).map(([l, q]): FuzzRequest => ({ route, method: "GET", url: withQuery(path(l), q), lockSegment: l, headers: {}, note: "" }));

  const lockWrite = (route: Route, method: Method, path: (l: string) => string, kind?: BodyKind) =>
    fc.tuple(lock, kind ? body(kind) : optionalJunkBody, originFor(account), optionalQuery).map(
      ([l, b, origin, q]): FuzzRequest => ({
        route,
        method,
        url: withQuery(path(l), q),
        lockSegment: l,
        headers: writeHeaders(origin, b),
        body: b?.bytes,
        note: b?.note ?? "no body",
      }),
    );

  const pinWrite = (route: Route, method: Method, suffix: string, kind?: BodyKind) =>
    fc.tuple(lockPin, kind ? body(kind) : optionalJunkBody, originFor(account), optionalQuery).map(
      ([[l, p], b, origin, q]): FuzzRequest => ({
        route,
        method,
        url: withQuery(`/api/locks/${l}/pins/${p}${suffix}`, q),
        lockSegment: l,
        pinSegment: p,
        headers: writeHeaders(origin, b),
        body: b?.bytes,
        note: b?.note ?? "no body",
      }),
    );

  const history = fc.tuple(lockPin, optionalQuery).map(
    ([[l, p], q]): FuzzRequest => ({
      route: "GET /api/locks/{lockId}/pins/{pinId}/history",
      method: "GET",
      url: withQuery(`/api/locks/${l}/pins/${p}/history`, q),
      lockSegment: l,
      pinSegment: p,
      headers: {},
      note: "",
    }),
  );

  const locksList = optionalQuery.map((q): FuzzRequest => ({ route: "GET /api/locks", method: "GET", url: withQuery("/api/locks", q), headers: {}, note: "" }));

  return fc
    .oneof(
      locksList,
      get("GET /api/locks/{lockId}", (l) => `/api/locks/${l}`),
      lockWrite("POST /api/locks/{lockId}/sync", "POST", (l) => `/api/locks/${l}/sync`),
      get("GET /api/locks/{lockId}/pins", (l) => `/api/locks/${l}/pins`),
      lockWrite("POST /api/locks/{lockId}/pins", "POST", (l) => `/api/locks/${l}/pins`, "create"),
      pinWrite("PATCH /api/locks/{lockId}/pins/{pinId}", "PATCH", "", "patch"),
      pinWrite("DELETE /api/locks/{lockId}/pins/{pinId}", "DELETE", ""),
      pinWrite("POST /api/locks/{lockId}/pins/{pinId}/repair", "POST", "/repair"),
      pinWrite("POST /api/locks/{lockId}/pins/{pinId}/retry", "POST", "/retry"),
      pinWrite("POST /api/locks/{lockId}/pins/{pinId}/adopt", "POST", "/adopt"),
      history,
      get("GET /api/locks/{lockId}/activity", (l) => `/api/locks/${l}/activity`, activityQuery),
      get("GET /api/locks/{lockId}/settings", (l) => `/api/locks/${l}/settings`),
      lockWrite("PATCH /api/locks/{lockId}/settings", "PATCH", (l) => `/api/locks/${l}/settings`, "settings"),
      webhook(account),
    )
    .map(printable);
}

/** Counterexamples print as the request line, not as a megabyte of Buffer bytes. */
function printable(req: FuzzRequest): FuzzRequest {
  const line = `${req.method} ${req.url} ${JSON.stringify(req.headers)} ${req.note}`;
  return Object.defineProperty(req, fc.toStringMethod, { value: () => line, enumerable: false });
}

const hex64 = fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: 64, maxLength: 64 });

function webhook(account: FuzzAccount): fc.Arbitrary<FuzzRequest> {
  const delivery = fc
    .record(
      {
        feature: fc.constantFrom("DEVICE_AUTHS", "DEVICE_STATUS", "DEVICE_LOGS", "DEVICE_CONFIG", "", "__proto__"),
        smartlockId: fc.oneof(fc.constantFrom(...account.lockIds, account.otherLockId), wrongValue),
        smartlockAuths: fc.option(fc.array(fc.record({ id: hex24, name: fc.string(), code: fc.integer() }), { maxLength: 3 }), { nil: undefined }),
        timestamp: fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), wrongValue),
      },
      { requiredKeys: [] },
    )
    .map((d) => ({ bytes: Buffer.from(JSON.stringify(d)), note: "unsigned delivery" }));
  const big = fc.integer({ min: 64 * 1024 + 1, max: 1_048_576 }).map((n) => ({ bytes: Buffer.alloc(n, 0x20), note: `${n} bytes` }));
  const signature = fc.option(
    fc.oneof(
      hex64,
      hex64.map((h) => `sha256=${h}`),
      hex64.map((h) => h.toUpperCase()),
      fc.constantFrom("", "0".repeat(64), "null"),
      // Header values must be printable; anything else would fail in the client, not the server.
      fc.string({ unit: "binary-ascii", maxLength: 80 }).map((s) => s.replace(/[^\x20-\x7e]/g, "")),
    ),
    { nil: undefined, freq: 4 },
  );
  return fc
    .tuple(fc.oneof({ weight: 3, arbitrary: delivery }, { weight: 2, arbitrary: rawBody }, { weight: 1, arbitrary: big }), signature, contentType, optionalQuery)
    .map(([b, sig, type, q]): FuzzRequest => ({
      route: "POST /api/webhooks/nuki",
      method: "POST",
      url: withQuery("/api/webhooks/nuki", q),
      headers: { ...(sig === undefined ? {} : { "X-Nuki-Signature-SHA256": sig }), ...(type ? { "Content-Type": type } : {}) },
      body: b.bytes,
      note: `${b.note}; signature ${JSON.stringify(sig ?? null)}; body ${JSON.stringify(preview(b.bytes))}`,
    }));
}
