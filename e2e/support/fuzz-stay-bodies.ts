import fc from "fast-check";
import { applyTextChange, contentType, extraKey, hugeString, MAX_BODY_BYTES, mutate, preview, rawBody, sized, textChange, wrongValue, type FuzzBody, type Json, type JsonObject, type Mutation } from "./fuzz-bodies";
import type { FuzzAccount } from "./fuzz-routes";
import { badDay, calendarDay, hex24, isCalendarDay, parsedLockId } from "./fuzz-urls";

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


const TIME_OF_DAY_24 = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MAX_DOORS = 10;
const MAX_BUFFER_MINUTES = 720;
const MAX_TEMPLATE = 2000;
const MAX_CHECK_HOURS = 168;
const MAX_CHECKS = 4;
const PROPERTY_FIELDS = ["name", "lockIds", "checkInTime", "checkOutTime", "earlyMinutes", "lateMinutes", "messageTemplate", "checkHours"] as const;

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
    case "checkHours":
      return !Array.isArray(value) || value.length < 1 || value.length > MAX_CHECKS || value.some((h) => typeof h !== "number" || !Number.isInteger(h) || h < 1 || h > MAX_CHECK_HOURS);
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
      // Lead time and code choice (calendar sync) are taken too; never generated, so any value counts as "might".
      return keys.every((k) => ["leadDays", "codeChoice"].includes(k) || ((PROPERTY_FIELDS as readonly string[]).includes(k) && !propertyFieldSurelyInvalid(k, body[k])));
    case "stayPatch":
      // A stay's own times and detaching (calendar sync) are taken too; never generated, so any value counts as "might".
      return keys.every((k) => ["checkInTime", "checkOutTime", "detach"].includes(k) || ((k === "arrival" || k === "departure") && typeof body[k] === "string" && isCalendarDay(body[k])));
    case "message": {
      // Not a strict object: unknown keys are ignored. `to` is trimmed, 1–254 characters, an address.
      const { to, confirmNotReady } = body;
      if (confirmNotReady !== undefined && typeof confirmNotReady !== "boolean") return false;
      return typeof to === "string" && to.trim().length >= 1 && to.trim().length <= 254 && to.includes("@");
    }
  }
}

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
    checkHours: fc.oneof(
      fc.constantFrom<Json>([], [0], [-2], [169], [1.5], ["24"], [null], [[24]], "24,2", 24, null, { hours: 24 }, [48, 24, 12, 6, 2]),
      fc.array(fc.integer({ min: MAX_CHECK_HOURS + 1 }), { minLength: 1, maxLength: 3 }),
    ),
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
      checkHours: fc.uniqueArray(fc.integer({ min: 1, max: MAX_CHECK_HOURS }), { minLength: 1, maxLength: MAX_CHECKS }),
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
