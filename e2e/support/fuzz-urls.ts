import fc from "fast-check";
import { sized, type Json } from "./fuzz-bodies";
import type { FuzzAccount } from "./fuzz-routes";

/* Ids in the path (locks, PINs, properties, stays), calendar days and query strings. */

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

export const hex24 = fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: 24, maxLength: 24 });

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

export const optionalQuery = fc.option(junkQuery, { nil: undefined, freq: 3 });

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

export const activityQuery = fc
  .tuple(fc.option(limitValue, { nil: undefined, freq: 6 }), optionalQuery)
  .map(([limit, junk]) => [limit === undefined ? undefined : `limit=${encodeURIComponent(limit)}`, junk].filter((part) => part !== undefined).join("&"));

export const withQuery = (path: string, query: string | undefined) => (query ? `${path}?${query}` : path);

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A real calendar day `YYYY-MM-DD`, worked out with leap years rather than read from Date. */
export function isCalendarDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = m.slice(1).map(Number) as [number, number, number];
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = mo === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(mo) ? 30 : 31;
  return mo >= 1 && mo <= 12 && d >= 1 && d <= days;
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

export const calendarDay = fc.date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2035-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

export const badDay: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>("2027-02-30", "2027-02-29", "2027-13-01", "2027-00-10", "2027-1-08", "27-01-08", "2027-01-08T15:00", "2027/01/08", "08.01.2027", "", " 2027-01-08", "２０２７-01-08", "tomorrow", "2027-01-32"),
  fc.string({ maxLength: 12 }),
);

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
