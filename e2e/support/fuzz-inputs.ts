import fc from "fast-check";

/** What the fuzz knows about the signed-in account, read from the simulator before it starts. */
export interface FuzzAccount {
  origin: string;
  lockIds: number[];
  otherLockId: number;
  /** Every lock's keypad auth ids as Nuki has them, the other account's included. */
  authIds: Map<number, string[]>;
  /** Whether the server can send guest e-mails (read from a PIN's message view before the fuzz). */
  mailEnabled: boolean;
}

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

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
  "GET /api/locks/{lockId}/entries",
  "GET /api/locks/{lockId}/pins/{pinId}/usage",
  "GET /api/locks/{lockId}/pins/{pinId}/message",
  "POST /api/locks/{lockId}/pins/{pinId}/message",
  "POST /api/locks/{lockId}/pins/cleanup",
  "POST /api/pins/cleanup",
  "GET /api/pins",
  "GET /api/properties",
  "POST /api/properties",
  "GET /api/properties/{propertyId}",
  "PATCH /api/properties/{propertyId}",
  "DELETE /api/properties/{propertyId}",
  "GET /api/stays",
  "POST /api/stays",
  "GET /api/stays/{stayId}",
  "PATCH /api/stays/{stayId}",
  "DELETE /api/stays/{stayId}",
  "GET /api/stays/usage",
  "GET /api/stays/{stayId}/usage",
  "GET /api/stays/{stayId}/message",
  "POST /api/stays/{stayId}/message",
  "GET /api/properties/{propertyId}/entries",
  // A new route joins here, in ROUTE_METHODS, with a generator in `fuzzRequest` and its answers in
  // fuzz-oracle.ts `expected`: the spec's route-list test fails until it does.
  "POST /api/webhooks/nuki",
  /** Any route above with a method it does not have: PUT everywhere, GET on a POST-only route… */
  "WRONG-METHOD /api/…",
] as const;

export type Route = (typeof ROUTES)[number];

/** Which schema a route's body goes through, for the routes that read one. */
export type BodyKind = "create" | "patch" | "settings" | "propertyCreate" | "propertyPatch" | "stayCreate" | "stayPatch" | "message";

export const BODY_KIND: Partial<Record<Route, BodyKind>> = {
  "POST /api/locks/{lockId}/pins": "create",
  "PATCH /api/locks/{lockId}/pins/{pinId}": "patch",
  "PATCH /api/locks/{lockId}/settings": "settings",
  "POST /api/properties": "propertyCreate",
  "PATCH /api/properties/{propertyId}": "propertyPatch",
  "POST /api/stays": "stayCreate",
  "PATCH /api/stays/{stayId}": "stayPatch",
  "POST /api/locks/{lockId}/pins/{pinId}/message": "message",
  "POST /api/stays/{stayId}/message": "message",
};

/** The methods each route path has, for requests with one it does not have. */
export const ROUTE_METHODS: [path: string, methods: Method[]][] = [
  ["/api/locks", ["GET"]],
  ["/api/locks/{lockId}", ["GET"]],
  ["/api/locks/{lockId}/sync", ["POST"]],
  ["/api/locks/{lockId}/pins", ["GET", "POST"]],
  ["/api/locks/{lockId}/pins/{pinId}", ["PATCH", "DELETE"]],
  ["/api/locks/{lockId}/pins/{pinId}/repair", ["POST"]],
  ["/api/locks/{lockId}/pins/{pinId}/retry", ["POST"]],
  ["/api/locks/{lockId}/pins/{pinId}/adopt", ["POST"]],
  ["/api/locks/{lockId}/pins/{pinId}/history", ["GET"]],
  ["/api/locks/{lockId}/pins/{pinId}/usage", ["GET"]],
  ["/api/locks/{lockId}/pins/{pinId}/message", ["GET", "POST"]],
  ["/api/locks/{lockId}/pins/cleanup", ["POST"]],
  ["/api/locks/{lockId}/activity", ["GET"]],
  ["/api/locks/{lockId}/entries", ["GET"]],
  ["/api/locks/{lockId}/settings", ["GET", "PATCH"]],
  ["/api/pins", ["GET"]],
  ["/api/pins/cleanup", ["POST"]],
  ["/api/properties", ["GET", "POST"]],
  ["/api/properties/{propertyId}", ["GET", "PATCH", "DELETE"]],
  ["/api/properties/{propertyId}/entries", ["GET"]],
  ["/api/stays", ["GET", "POST"]],
  ["/api/stays/usage", ["GET"]],
  ["/api/stays/{stayId}", ["GET", "PATCH", "DELETE"]],
  ["/api/stays/{stayId}/usage", ["GET"]],
  ["/api/stays/{stayId}/message", ["GET", "POST"]],
  ["/api/webhooks/nuki", ["POST"]],
];

export interface FuzzRequest {
  route: Route;
  method: Method;
  /** Path and query exactly as sent, already percent-encoded. */
  url: string;
  lockSegment?: string;
  pinSegment?: string;
  /** A property's or a stay's id as sent. */
  idSegment?: string;
  /**
   * Set only where the body was built to pass the route's schema, which the fuzz does only where
   * passing it still writes nothing (a stay for a property that does not exist, a property with a
   * lock of another account, a change to a property or stay that does not exist).
   */
  validBody?: boolean;
  /** For a method the route does not have: the methods it has. */
  allowed?: Method[];
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

export const MAX_CLEANUP_DAYS = 365;

/** `{ autoRepair?, cleanupAfterDays? }` with at least one of them, as the settings route takes it. */
function settingsMayAccept(body: Record<string, unknown>, keys: string[]): boolean {
  if (!keys.every((k) => k === "autoRepair" || k === "cleanupAfterDays")) return false;
  const { autoRepair, cleanupAfterDays: days } = body;
  if (autoRepair !== undefined && typeof autoRepair !== "boolean") return false;
  if (days !== undefined && days !== null && !(typeof days === "number" && Number.isInteger(days) && days >= 0 && days <= MAX_CLEANUP_DAYS)) return false;
  return autoRepair !== undefined || days !== undefined;
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
export function schemaMayAccept(kind: "create" | "patch" | "settings", bytes: Uint8Array): boolean {
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
  if (kind === "settings") return settingsMayAccept(body, keys);
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
  | { kind: "wrongType"; field: string; value: Json }
  | { kind: "badValue"; field: string; value: Json }
  | { kind: "extra"; key: string; value: Json }
  | { kind: "drop"; field: string }
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

/** Numbers and near-numbers that are not a whole number of days from 0 to 365. */
const badCleanupDays: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(-1, 366, 1.5, 0.1, -0.5, 365.5, 1e6, -1e6, "5", "0", "null", "off", true, false, [], [5], {}),
  fc.integer({ min: MAX_CLEANUP_DAYS + 1 }),
  fc.integer({ max: -1 }),
  fc.double({ noInteger: true }),
);

const validSettings = fc.oneof(
  fc.record({ autoRepair: fc.boolean() }),
  fc.record({ cleanupAfterDays: fc.option(fc.integer({ min: 0, max: MAX_CLEANUP_DAYS }), { nil: null }) }),
  fc.record({ autoRepair: fc.boolean(), cleanupAfterDays: fc.option(fc.integer({ min: 0, max: MAX_CLEANUP_DAYS }), { nil: null }) }),
) as fc.Arbitrary<JsonObject>;

const settingsMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("wrongType" as const), field: fc.constantFrom("autoRepair", "cleanupAfterDays"), value: wrongValue }),
  fc.record({ kind: fc.constant("badValue" as const), field: fc.constant("cleanupAfterDays"), value: badCleanupDays }),
  fc.record({ kind: fc.constant("extra" as const), key: extraKey, value: fc.oneof(wrongValue, fc.constant(true)) }),
  fc.record({ kind: fc.constant("drop" as const), field: fc.constantFrom("autoRepair", "cleanupAfterDays") }),
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
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(...PIN_FIELDS, "autoRepair", "cleanupAfterDays", "lockIds", "checkInTime", "guestName", "arrival", "propertyId", "to")
      .map((key): TextChange => ({ kind: "duplicateKey", key })),
  },
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

function jsonBody(kind: "create" | "patch" | "settings"): fc.Arbitrary<{ bytes: Buffer; note: string }> {
  const base = kind === "settings" ? validSettings : (validPin as fc.Arbitrary<JsonObject>);
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
export function body(kind: "create" | "patch" | "settings"): fc.Arbitrary<FuzzBody> {
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


/* ---------------------------------------------------------------------------------------------
 * Properties, stays and guest messages. The database holds no property and no stay during the
 * fuzz (the reset clears them, and the spec checks it before and after), so a property or stay id
 * names nothing. Bodies that would write are never sent:
 * - POST /api/properties creates a property when its body is valid and every door is one of the
 *   account's locks, so each body sent is refused by the schema or names a lock of another account
 *   (`propertyMayBeCreated` filters out the rest). Valid bodies with a stranger get 422 `lockIds.N`.
 * - POST …/message sends mail when its body is valid and the PIN (or stay) ready, so only bodies
 *   the schema surely refuses are sent (and no real PIN is ever named; no stay exists).
 * - POST /api/stays with a valid body needs a property, and none exists: 422 `propertyId`, no write.
 * - PATCH of a property or stay with a valid body finds none: 404 before anything is written.
 * ------------------------------------------------------------------------------------------- */

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const TIME_OF_DAY_24 = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MAX_DOORS = 10;
const MAX_BUFFER_MINUTES = 720;
const MAX_TEMPLATE = 2000;
const PROPERTY_FIELDS = ["name", "lockIds", "checkInTime", "checkOutTime", "earlyMinutes", "lateMinutes", "messageTemplate"] as const;

/** A real calendar day `YYYY-MM-DD`, worked out with leap years rather than read from Date. */
export function isCalendarDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = m.slice(1).map(Number) as [number, number, number];
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = mo === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(mo) ? 30 : 31;
  return mo >= 1 && mo <= 12 && d >= 1 && d <= days;
}

function parseJsonObject(bytes: Uint8Array): Record<string, unknown> | null {
  if (bytes.byteLength > MAX_BODY_BYTES) return null;
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return null;
  }
  return typeof data === "object" && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
}

/** A door as the property schema reads it: a number or a string that is a lock id. */
function doorId(value: unknown): number | null {
  return typeof value === "number" || typeof value === "string" ? parsedLockId(encodeURIComponent(String(value))) : null;
}

/** True only when the value breaks its property field's rule for certain. */
function propertyFieldSurelyInvalid(field: string, value: unknown): boolean {
  switch (field) {
    case "name":
      return typeof value !== "string" || value.trim().length < 1 || value.trim().length > 60;
    case "lockIds": {
      if (!Array.isArray(value) || value.length < 1 || value.length > MAX_DOORS) return true;
      const ids = value.map(doorId);
      return ids.some((id) => id === null) || new Set(ids).size !== ids.length;
    }
    case "checkInTime":
    case "checkOutTime":
      return typeof value !== "string" || !TIME_OF_DAY_24.test(value);
    case "earlyMinutes":
    case "lateMinutes":
      return typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > MAX_BUFFER_MINUTES;
    case "messageTemplate":
      return value !== null && (typeof value !== "string" || value.length > MAX_TEMPLATE);
    default:
      return true;
  }
}

/**
 * Whether a POST /api/properties body could create a property: it could only if every door it
 * names is one of the account's locks. Every doubt counts as "could".
 */
export function propertyMayBeCreated(bytes: Uint8Array, account: FuzzAccount): boolean {
  const body = parseJsonObject(bytes);
  if (!body || !Array.isArray(body.lockIds) || body.lockIds.length === 0) return false;
  return body.lockIds.every((value) => {
    const id = doorId(value);
    return id !== null && account.lockIds.includes(id);
  });
}

/** Whether the schema might take a body; unsure means "might". Keys named `__proto__` settle nothing. */
export function bodyMayPassSchema(kind: "propertyPatch" | "stayPatch" | "message", bytes: Uint8Array): boolean {
  const body = parseJsonObject(bytes);
  if (!body) return false;
  const keys = Object.keys(body).filter((k) => k !== "__proto__");
  switch (kind) {
    case "propertyPatch":
      return keys.every((k) => (PROPERTY_FIELDS as readonly string[]).includes(k) && !propertyFieldSurelyInvalid(k, body[k]));
    case "stayPatch":
      return keys.every((k) => (k === "arrival" || k === "departure") && typeof body[k] === "string" && isCalendarDay(body[k]));
    case "message": {
      // Not a strict object: unknown keys are ignored. `to` is trimmed, 1–254 characters, an address.
      const { to, confirmNotReady } = body;
      if (confirmNotReady !== undefined && typeof confirmNotReady !== "boolean") return false;
      return typeof to === "string" && to.trim().length >= 1 && to.trim().length <= 254 && to.includes("@");
    }
  }
}

/** Keyhost's own ids are lowercase UUIDs; anything else, decoded, names nothing. */
export function parsedUuid(segment: string): string | null {
  const raw = decodeSegment(segment);
  return raw !== null && UUID.test(raw) ? raw : null;
}

export function uuidSegment(): fc.Arbitrary<string> {
  return fc.oneof(
    // Well-formed: such an id gets past the id check, and names nothing since nothing exists.
    { weight: 5, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.uuid().map((u) => u.toUpperCase()) },
    { weight: 1, arbitrary: fc.uuid().map((u) => u.replaceAll("-", "%2D")) },
    { weight: 1, arbitrary: fc.uuid().map((u) => `${u}%00`) },
    { weight: 1, arbitrary: fc.uuid().map((u) => `%20${u}`) },
    { weight: 1, arbitrary: fc.uuid().map((u) => u.replaceAll("-", "")) },
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_SEGMENTS) },
    { weight: 1, arbitrary: hex24 },
    { weight: 1, arbitrary: numericSegment },
    { weight: 1, arbitrary: unicodeSegment },
  );
}

const calendarDay = fc.date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2035-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const badDay: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>("2027-02-30", "2027-02-29", "2027-13-01", "2027-00-10", "2027-1-08", "27-01-08", "2027-01-08T15:00", "2027/01/08", "08.01.2027", "", " 2027-01-08", "２０２７-01-08", "tomorrow", "2027-01-32"),
  fc.string({ maxLength: 12 }),
);

const badName = (max: number): fc.Arbitrary<Json> =>
  fc.oneof(fc.constantFrom<Json>("", " ", "\t\n", "\u00a0"), fc.string({ minLength: max + 1, maxLength: max + 40 }).filter((n) => n.trim().length > max), hugeString);

/** Numbers that are not a whole number of minutes from 0 to 720, and look-alikes. */
const badMinutes: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(-1, 721, 1.5, -0.25, 1e9, "15", "0", true, null, [15]),
  fc.integer({ min: MAX_BUFFER_MINUTES + 1 }),
  fc.integer({ max: -1 }),
  fc.double({ noInteger: true }),
);

/** Lock ids that are not the account's: the other account's lock, neighbours, anything well-formed. */
function strangerLock(account: FuzzAccount): fc.Arbitrary<number> {
  return fc
    .oneof(
      { weight: 3, arbitrary: fc.constant(account.otherLockId) },
      { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...account.lockIds), fc.integer({ min: -3, max: 3 })).map(([id, d]) => id + d) },
      { weight: 2, arbitrary: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }) },
    )
    .filter((id) => !account.lockIds.includes(id));
}

function badLockIds(account: FuzzAccount): fc.Arbitrary<Json> {
  return fc.oneof(
    fc.constantFrom<Json>([], "17923456781", 17923456781, [null], [true], [1.5], [0], [-1], ["0x10"], ["1e3"], [" 17923456781"], [[17923456781]], [{ id: 17923456781 }], ["17923456781", 17923456781], [9007199254740993]),
    fc.array(fc.constantFrom(...account.lockIds), { minLength: 2, maxLength: 4 }).filter((ids) => new Set(ids).size < ids.length),
    fc.array(strangerLock(account), { minLength: MAX_DOORS + 1, maxLength: MAX_DOORS + 5 }),
  );
}

const badTimeOfDay: fc.Arbitrary<Json> = fc.oneof(fc.constantFrom<Json>("24:00", "15", "3pm", "15:00:00", "15:60", "1500", "", " 15:00", 15, 900, null), fc.string({ maxLength: 8 }));

function propertyBad(account: FuzzAccount): Record<string, fc.Arbitrary<Json>> {
  return {
    name: badName(60),
    lockIds: badLockIds(account),
    checkInTime: badTimeOfDay,
    checkOutTime: badTimeOfDay,
    earlyMinutes: badMinutes,
    lateMinutes: badMinutes,
    messageTemplate: fc.oneof(sized(MAX_TEMPLATE + 1, MAX_TEMPLATE + 5_000) as fc.Arbitrary<Json>, fc.constantFrom<Json>(0, true, [], { text: "Hi" })),
  };
}

const stayBad: Record<string, fc.Arbitrary<Json>> = {
  guestName: badName(60),
  arrival: badDay,
  departure: badDay,
  propertyId: fc.oneof(fc.uuid().map((u) => u.toUpperCase()), fc.constantFrom<Json>("", "1", "not-a-uuid", null, 17923456781), hex24, fc.string({ maxLength: 40 })),
};

const messageBad: Record<string, fc.Arbitrary<Json>> = {
  to: fc.oneof(
    fc.constantFrom<Json>("", " ", "guest", "guest.example.com", "guest(at)example.com", "<script>alert(1)</script>", "guest\r\nBcc: all@example.com", "\u0000"),
    fc.string({ maxLength: 30 }).filter((t) => !t.includes("@")),
    fc.integer({ min: 255, max: 3_000 }).map((n) => `${"a".repeat(n)}@example.com`),
  ),
  confirmNotReady: fc.constantFrom<Json>("true", 1, 0, null, "yes", [], {}),
};

/** Mutations of an object body with the given fields and each field's wrong values. */
function objectMutation(fields: readonly string[], bad: Record<string, fc.Arbitrary<Json>>): fc.Arbitrary<Mutation> {
  const field = fc.constantFrom(...fields);
  return fc.oneof(
    fc.record({ kind: fc.constant("wrongType" as const), field, value: wrongValue }),
    { weight: 2, arbitrary: field.chain((f) => bad[f]!.map((value) => ({ kind: "badValue" as const, field: f, value }))) },
    fc.record({ kind: fc.constant("extra" as const), key: extraKey, value: fc.oneof(wrongValue, fc.constant(true)) }),
    fc.record({ kind: fc.constant("drop" as const), field }),
    fc.constantFrom("array", "wrapped", "string", "number", "null", "true", "nested").map((how) => ({ kind: "replace" as const, how })),
  );
}

function mutatedBody(base: fc.Arbitrary<JsonObject>, mutation: fc.Arbitrary<Mutation>): fc.Arbitrary<{ bytes: Buffer; note: string }> {
  return fc.tuple(base, fc.array(mutation, { minLength: 1, maxLength: 3 }), textChange).map(([b, ms, change]) => ({
    bytes: applyTextChange(JSON.stringify(mutate(b, ms)), change),
    note: `${ms.map((m) => ("field" in m ? `${m.kind}(${m.field})` : "key" in m ? `extra(${JSON.stringify(m.key)})` : m.kind)).join(", ")}; text: ${change.kind}`,
  }));
}

const templateText = fc.constantFrom<Json>(null, "", "Hello {guest}, your code is {code}.", "Subject: Welcome\nDoors: {doors} {from}–{until} {property}");

function validProperty(account: FuzzAccount, doors: fc.Arbitrary<Json[]>): fc.Arbitrary<JsonObject> {
  return fc.record(
    {
      name: fc.constantFrom("Seaside flat", "Ferienwohnung Süd 😀", "A", "  Padded  "),
      lockIds: doors,
      checkInTime: fc.constantFrom("15:00", "00:00", "23:59"),
      checkOutTime: fc.constantFrom("11:00", "10:30"),
      earlyMinutes: fc.integer({ min: 0, max: MAX_BUFFER_MINUTES }),
      lateMinutes: fc.integer({ min: 0, max: MAX_BUFFER_MINUTES }),
      messageTemplate: templateText,
    },
    { requiredKeys: ["name", "lockIds"] },
  ) as fc.Arbitrary<JsonObject>;
}

/** Doors with at least one lock of someone else, as numbers or strings: the create stops at that one. */
function doorsWithStranger(account: FuzzAccount): fc.Arbitrary<Json[]> {
  return fc
    .tuple(fc.subarray(account.lockIds), fc.uniqueArray(strangerLock(account), { minLength: 1, maxLength: 3 }), fc.nat(), fc.array(fc.boolean(), { minLength: MAX_DOORS, maxLength: MAX_DOORS }))
    .map(([own, strangers, at, asString]) => {
      const ids = [...own];
      strangers.forEach((s, i) => ids.splice((at + i) % (ids.length + 1), 0, s));
      return ids.slice(0, MAX_DOORS).map((id, i) => (asString[i] ? String(id) : id));
    })
    .filter((ids) => ids.some((id) => !account.lockIds.includes(Number(id))));
}

const validStay = fc
  .record({
    guestName: fc.constantFrom("Marta Kowalska", "Jürgen 😀", "X", "  Padded  "),
    arrival: calendarDay,
    nights: fc.integer({ min: 1, max: 365 }),
    propertyId: fc.uuid(),
  })
  .map(({ nights, ...stay }): JsonObject => {
    const departure = new Date(Date.parse(`${stay.arrival}T00:00:00Z`) + nights * 86_400_000).toISOString().slice(0, 10);
    return { ...stay, departure };
  });

const validStayPatch = fc.record({ arrival: calendarDay, departure: calendarDay }, { requiredKeys: [] }) as fc.Arbitrary<JsonObject>;
const validMessage = fc.record({ to: fc.constantFrom("guest@example.com", " guest@example.org "), confirmNotReady: fc.boolean() }, { requiredKeys: ["to"] }) as fc.Arbitrary<JsonObject>;

function withType(b: fc.Arbitrary<{ bytes: Buffer; note: string; valid?: boolean }>): fc.Arbitrary<FuzzBody & { valid?: boolean }> {
  return fc.tuple(b, contentType).map(([x, type]) => ({ ...x, contentType: type, note: `${x.note}; content-type ${type ?? "(default)"}; body ${JSON.stringify(preview(x.bytes))}` }));
}

const asValid = (o: fc.Arbitrary<JsonObject>, note: string) => o.map((v) => ({ bytes: Buffer.from(JSON.stringify(v)), note, valid: true }));

/** Bodies for the property, stay and message routes; `valid` marks the ones built to pass the schema. */
export function entityBody(kind: "propertyCreate" | "propertyPatch" | "stayCreate" | "stayPatch" | "message", account: FuzzAccount): fc.Arbitrary<FuzzBody & { valid?: boolean }> {
  const junk = rawBody;
  switch (kind) {
    case "propertyCreate": {
      const base = validProperty(account, doorsWithStranger(account));
      const mutated = mutatedBody(base, objectMutation(PROPERTY_FIELDS, propertyBad(account)));
      return withType(
        fc.oneof(
          { weight: 2, arbitrary: asValid(base, "valid, with a lock of someone else") },
          { weight: 5, arbitrary: mutated },
          { weight: 1, arbitrary: junk },
        ),
      ).filter((b) => !propertyMayBeCreated(b.bytes, account));
    }
    case "propertyPatch": {
      const base = validProperty(account, fc.oneof(doorsWithStranger(account), fc.subarray(account.lockIds, { minLength: 1 })));
      const patch = fc.tuple(base, fc.subarray([...PROPERTY_FIELDS])).map(([p, keep]) => Object.fromEntries(Object.entries(p).filter(([k]) => keep.includes(k as never))) as JsonObject);
      const mutated = mutatedBody(patch, objectMutation(PROPERTY_FIELDS, propertyBad(account))).filter((b) => !bodyMayPassSchema("propertyPatch", b.bytes));
      const rough = junk.filter((b) => !bodyMayPassSchema("propertyPatch", b.bytes));
      return withType(fc.oneof({ weight: 1, arbitrary: asValid(patch, "valid change") }, { weight: 5, arbitrary: mutated }, { weight: 1, arbitrary: rough }));
    }
    case "stayCreate":
      // Valid or not, no property exists: every body is refused (422), valid ones naming propertyId.
      return withType(
        fc.oneof(
          { weight: 2, arbitrary: asValid(validStay, "valid, for a property that does not exist") },
          { weight: 5, arbitrary: mutatedBody(validStay, objectMutation(["guestName", "arrival", "departure", "propertyId"], stayBad)) },
          { weight: 1, arbitrary: junk },
        ),
      );
    case "stayPatch": {
      const mutated = mutatedBody(validStayPatch, objectMutation(["arrival", "departure"], stayBad)).filter((b) => !bodyMayPassSchema("stayPatch", b.bytes));
      const rough = junk.filter((b) => !bodyMayPassSchema("stayPatch", b.bytes));
      return withType(fc.oneof({ weight: 1, arbitrary: asValid(validStayPatch, "valid change") }, { weight: 5, arbitrary: mutated }, { weight: 1, arbitrary: rough }));
    }
    case "message": {
      // A valid body could send mail: only bodies the schema refuses for certain.
      const mutated = mutatedBody(validMessage, objectMutation(["to", "confirmNotReady"], messageBad));
      return withType(fc.oneof({ weight: 5, arbitrary: mutated }, { weight: 1, arbitrary: junk })).filter((b) => !bodyMayPassSchema("message", b.bytes));
    }
  }
}

/* Query strings of the search and listing routes: a few known parameters, good and bad, and junk. */

function queryOf(pairs: [string, string][], junk: string | undefined): string {
  return [...pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`), ...(junk ? [junk] : [])].join("&");
}

const entryDay = fc.oneof(
  { weight: 3, arbitrary: calendarDay },
  { weight: 2, arbitrary: fc.constantFrom("0000-01-01", "9999-12-31", "9999-12-30", "1969-12-31", "1970-01-01", "2028-02-29", "0001-01-01") },
  { weight: 2, arbitrary: badDay.map(String) },
);

const base64url = (value: unknown) => Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64url");

function entryCursor(account: FuzzAccount): fc.Arbitrary<string> {
  const lockKey = fc.oneof(fc.constantFrom(...account.lockIds, account.otherLockId).map(String), fc.constantFrom("0", "-1", "1e3", "__proto__", "x", " 1", "99999999999999999"));
  const position = fc.oneof(hex24, fc.constant(null), fc.constantFrom<Json>("", "ABCDEFABCDEFABCDEFABCDEF", 1, true, []));
  return fc.oneof(
    fc.dictionary(lockKey, position, { maxKeys: 3 }).map(base64url),
    fc.constantFrom("", "=", "e30", "e30=", "bnVsbA", "W10", "IiI", "!!!", "a b", "%00", "A".repeat(4001)),
    fc.jsonValue({ maxDepth: 2 }).map(base64url),
    fc.string({ maxLength: 60 }),
  );
}

export function entriesQuery(account: FuzzAccount): fc.Arbitrary<string> {
  // Queries the route takes, so that odd but valid days and cursors reach the log reading behind the checks.
  const good = fc.oneof(
    fc.tuple(fc.constant("limit"), fc.integer({ min: 1, max: 100 }).map(String)),
    fc.tuple(fc.constant("pinId"), fc.oneof(hex24, fc.uuid(), fc.constantFrom(...[...account.authIds.values()].flat()))),
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom("from", "to"), fc.oneof(calendarDay, { weight: 2, arbitrary: fc.constantFrom("0000-01-01", "9999-12-31", "9999-12-30", "1969-12-31", "1970-01-01", "2028-02-29", "0001-01-01") })) },
    fc.tuple(fc.constant("cursor"), fc.dictionary(fc.constantFrom(...account.lockIds, account.otherLockId).map(String), fc.option(hex24, { nil: null }), { maxKeys: 3 }).map(base64url)),
  ) as fc.Arbitrary<[string, string]>;
  const param = fc.oneof(
    fc.tuple(fc.constant("limit"), fc.oneof(fc.integer({ min: 1, max: 100 }).map(String), fc.constantFrom("007", "100", "101", "1000"), limitValue)),
    fc.tuple(fc.constant("pinId"), fc.oneof(hex24, fc.uuid(), hex24.map((s) => s.toUpperCase()), fc.constantFrom(...[...account.authIds.values()].flat()), fc.constantFrom(...HOSTILE_SEGMENTS).map((s) => decodeSegment(s) ?? s), fc.string({ maxLength: 30 }))),
    fc.tuple(fc.constantFrom("from", "to"), entryDay),
    fc.tuple(fc.constant("cursor"), entryCursor(account)),
  ) as fc.Arbitrary<[string, string]>;
  return fc
    .tuple(fc.oneof(fc.array(good, { maxLength: 4 }), fc.array(param, { maxLength: 5 })), fc.option(junkQuery, { nil: undefined, freq: 5 }))
    .map(([pairs, junk]) => queryOf(pairs, junk));
}

export const pinSearchQuery: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(
      fc.oneof(
        fc.tuple(fc.constant("q"), fc.oneof(fc.string({ maxLength: 45 }), fc.string({ unit: "grapheme", maxLength: 45 }), fc.constantFrom("354", "Anna", " ".repeat(60), `  ${"x".repeat(40)}  `, "x".repeat(41), "%", "*", ".*", "\u0000", "(a+)+$"), sized(41, 300))),
        fc.tuple(fc.constant("filter"), fc.oneof(fc.constantFrom("all", "active", "upcoming", "expired", "disabled", "problems", "", "ALL", "Active", "expired ", "none", "__proto__", "all,active"), fc.string({ maxLength: 12 }))),
      ) as fc.Arbitrary<[string, string]>,
      { maxLength: 3 },
    ),
    fc.option(junkQuery, { nil: undefined, freq: 5 }),
  )
  .map(([pairs, junk]) => queryOf(pairs, junk));

export const staysQuery: fc.Arbitrary<string> = fc
  .tuple(
    fc.option(fc.oneof(fc.uuid(), fc.uuid().map((u) => u.toUpperCase()), fc.constantFrom("", " ", "null", "1", "17923456781"), hex24, fc.string({ maxLength: 40 })), { nil: undefined, freq: 2 }),
    fc.option(junkQuery, { nil: undefined, freq: 5 }),
  )
  .map(([id, junk]) => queryOf(id === undefined ? [] : [["propertyId", id]], junk));

/** Origins and fetch metadata a write must be refused for: a foreign or missing Origin, or a cross-site fetch. */
function refusedOrigin(account: FuzzAccount): fc.Arbitrary<Record<string, string>> {
  return fc.oneof(
    fc.constantFrom("https://evil.example", "null", `${account.origin}/`, account.origin.replace("localhost", "127.0.0.1"), account.origin.replace("http:", "https:"), `${account.origin}.evil.example`).map((origin) => ({ Origin: origin })),
    fc.constantFrom("same-site", "cross-site", "none").map((site) => ({ Origin: account.origin, "Sec-Fetch-Site": site })),
    fc.constant({}),
  );
}

export function fuzzRequest(account: FuzzAccount): fc.Arbitrary<FuzzRequest> {
  const lock = lockSegment(account);
  const pin = pinSegment(account);
  const lockPin = fc.tuple(lock, pin).filter(([l, p]) => !namesRealPin(account, l, p));

  const get = (route: Route, path: (l: string) => string, query = optionalQuery) =>
    fc.tuple(lock, query).map(([l, q]): FuzzRequest => ({ route, method: "GET", url: withQuery(path(l), q), lockSegment: l, headers: {}, note: "" }));

  const lockWrite = (route: Route, method: Method, path: (l: string) => string, kind?: "create" | "settings") =>
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

  const pinWrite = (route: Route, method: Method, suffix: string, kind?: "patch") =>
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

  const list = (route: Route, path: string, query: fc.Arbitrary<string | undefined>) =>
    query.map((q): FuzzRequest => ({ route, method: "GET", url: withQuery(path, q), headers: {}, note: "" }));

  const pinGet = (route: Route, suffix: string) =>
    fc.tuple(lockPin, optionalQuery).map(
      ([[l, p], q]): FuzzRequest => ({ route, method: "GET", url: withQuery(`/api/locks/${l}/pins/${p}${suffix}`, q), lockSegment: l, pinSegment: p, headers: {}, note: "" }),
    );

  const id = uuidSegment();
  const entity = (route: Route, method: Method, path: (id: string) => string, kind?: "propertyPatch" | "stayPatch" | "message", query = optionalQuery) =>
    fc.tuple(id, method === "GET" ? fc.constant(undefined) : kind ? entityBody(kind, account) : optionalJunkBody, method === "GET" ? fc.constant({}) : originFor(account), query).map(
      ([i, b, origin, q]): FuzzRequest => ({
        route,
        method,
        url: withQuery(path(i), q),
        idSegment: i,
        headers: writeHeaders(origin, b),
        body: b?.bytes,
        validBody: b && "valid" in b ? (b.valid as boolean | undefined) : undefined,
        note: b?.note ?? (method === "GET" ? "" : "no body"),
      }),
    );

  const entityCreate = (route: Route, path: string, kind: "propertyCreate" | "stayCreate") =>
    fc.tuple(entityBody(kind, account), originFor(account), optionalQuery).map(
      ([b, origin, q]): FuzzRequest => ({ route, method: "POST", url: withQuery(path, q), headers: writeHeaders(origin, b), body: b.bytes, validBody: b.valid, note: b.note }),
    );

  const messageSend = fc.tuple(lockPin, entityBody("message", account), originFor(account), optionalQuery).map(
    ([[l, p], b, origin, q]): FuzzRequest => ({
      route: "POST /api/locks/{lockId}/pins/{pinId}/message",
      method: "POST",
      url: withQuery(`/api/locks/${l}/pins/${p}/message`, q),
      lockSegment: l,
      pinSegment: p,
      headers: writeHeaders(origin, b),
      body: b.bytes,
      note: b.note,
    }),
  );

  // Clean-up reads no body and deletes every expired PIN of a lock it finds: it only ever gets a
  // lock that is not the account's, or a refused origin, with any body (oversized ones included).
  const ownLock = (l: string) => account.lockIds.includes(parsedLockId(l) ?? -1);
  const lockCleanup = fc
    .oneof(fc.tuple(lock.filter((l) => !ownLock(l)), originFor(account)), fc.tuple(lock, refusedOrigin(account)))
    .chain(([l, origin]) =>
      fc.tuple(optionalJunkBody, optionalQuery).map(
        ([b, q]): FuzzRequest => ({
          route: "POST /api/locks/{lockId}/pins/cleanup",
          method: "POST",
          url: withQuery(`/api/locks/${l}/pins/cleanup`, q),
          lockSegment: l,
          headers: writeHeaders(origin, b),
          body: b?.bytes,
          note: b?.note ?? "no body",
        }),
      ),
    );
  // The account-wide clean-up has no id at all: only refused origins.
  const accountCleanup = fc.tuple(refusedOrigin(account), optionalJunkBody, optionalQuery).map(
    ([origin, b, q]): FuzzRequest => ({
      route: "POST /api/pins/cleanup",
      method: "POST",
      url: withQuery("/api/pins/cleanup", q),
      headers: writeHeaders(origin, b),
      body: b?.bytes,
      note: b?.note ?? "no body",
    }),
  );

  const wrongMethod = fc
    .constantFrom(...ROUTE_METHODS)
    .chain(([path, allowed]) =>
      fc.tuple(
        fc.constant(path),
        fc.constant(allowed),
        fc.constantFrom(...(["GET", "POST", "PUT", "PATCH", "DELETE"] as Method[]).filter((m) => !allowed.includes(m))),
        lockPin,
        id,
        originFor(account),
        optionalJunkBody,
        optionalQuery,
      ),
    )
    .map(([path, allowed, method, [l, p], i, origin, b, q]): FuzzRequest => {
      const url = path.replace("{lockId}", l).replace("{pinId}", p).replace("{propertyId}", i).replace("{stayId}", i);
      // A GET with a body is not something a client can send.
      const sent = method === "GET" ? undefined : b;
      return { route: "WRONG-METHOD /api/…", method, url: withQuery(url, q), allowed, headers: writeHeaders(origin, sent), body: sent?.bytes, note: `${path}; ${sent?.note ?? "no body"}` };
    });

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
      get("GET /api/locks/{lockId}/entries", (l) => `/api/locks/${l}/entries`, entriesQuery(account)),
      pinGet("GET /api/locks/{lockId}/pins/{pinId}/usage", "/usage"),
      pinGet("GET /api/locks/{lockId}/pins/{pinId}/message", "/message"),
      messageSend,
      lockCleanup,
      accountCleanup,
      list("GET /api/pins", "/api/pins", pinSearchQuery),
      list("GET /api/properties", "/api/properties", optionalQuery),
      entityCreate("POST /api/properties", "/api/properties", "propertyCreate"),
      entity("GET /api/properties/{propertyId}", "GET", (i) => `/api/properties/${i}`),
      entity("PATCH /api/properties/{propertyId}", "PATCH", (i) => `/api/properties/${i}`, "propertyPatch"),
      entity("DELETE /api/properties/{propertyId}", "DELETE", (i) => `/api/properties/${i}`),
      list("GET /api/stays", "/api/stays", staysQuery),
      entityCreate("POST /api/stays", "/api/stays", "stayCreate"),
      entity("GET /api/stays/{stayId}", "GET", (i) => `/api/stays/${i}`),
      entity("PATCH /api/stays/{stayId}", "PATCH", (i) => `/api/stays/${i}`, "stayPatch"),
      entity("DELETE /api/stays/{stayId}", "DELETE", (i) => `/api/stays/${i}`),
      list("GET /api/stays/usage", "/api/stays/usage", staysQuery),
      entity("GET /api/stays/{stayId}/usage", "GET", (i) => `/api/stays/${i}/usage`),
      entity("GET /api/stays/{stayId}/message", "GET", (i) => `/api/stays/${i}/message`),
      entity("POST /api/stays/{stayId}/message", "POST", (i) => `/api/stays/${i}/message`, "message"),
      entity("GET /api/properties/{propertyId}/entries", "GET", (i) => `/api/properties/${i}/entries`, undefined, entriesQuery(account)),
      webhook(account),
      wrongMethod,
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
