import fc from "fast-check";
import { applyTextChange, contentType, extraKey, hugeString, MAX_BODY_BYTES, mutate, PIN_FIELDS, preview, rawBody, textChange, wrongValue, type FuzzBody, type Json, type JsonObject, type Mutation } from "./fuzz-bodies";

/* Bodies of a PIN and of a lock's settings, each refused by its schema for certain. */

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
type PinField = (typeof PIN_FIELDS)[number];

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

function jsonBody(kind: "create" | "patch" | "settings"): fc.Arbitrary<{ bytes: Buffer; note: string }> {
  const base = kind === "settings" ? validSettings : (validPin as fc.Arbitrary<JsonObject>);
  const mutations = fc.array(kind === "settings" ? settingsMutation : pinMutation, { minLength: 1, maxLength: 3 });
  return fc.tuple(base, mutations, textChange).map(([b, ms, change]) => {
    const bytes = applyTextChange(JSON.stringify(mutate(b, ms)), change);
    const note = `${ms.map((m) => ("field" in m ? `${m.kind}(${m.field})` : "key" in m ? `extra(${JSON.stringify(m.key)})` : m.kind)).join(", ")}; text: ${change.kind}`;
    return { bytes, note };
  });
}

/** Bodies for a route that reads one, each refused by its schema for certain. */
export function body(kind: "create" | "patch" | "settings"): fc.Arbitrary<FuzzBody> {
  return fc
    .tuple(fc.oneof({ weight: 5, arbitrary: jsonBody(kind) }, { weight: 1, arbitrary: rawBody }), contentType)
    .filter(([b]) => !schemaMayAccept(kind, b.bytes))
    .map(([b, type]) => ({ ...b, contentType: type, note: `${b.note}; content-type ${type ?? "(default)"}; body ${JSON.stringify(preview(b.bytes))}` }));
}
