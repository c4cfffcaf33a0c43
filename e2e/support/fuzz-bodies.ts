import fc from "fast-check";

/* The makings of request bodies: wrong values, mutations of a valid object, changes to its JSON
 * text, and bodies that are not JSON at all. The route-specific bodies are built from these. */

export const MAX_BODY_BYTES = 16 * 1024;
/** The fields of a PIN body. */
export const PIN_FIELDS = ["name", "code", "enabled", "validFrom", "validUntil", "weekdays", "dailyFrom", "dailyUntil"] as const;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function sized(min: number, max: number): fc.Arbitrary<string> {
  return fc
    .tuple(fc.integer({ min, max }), fc.constantFrom("x", "9", "é", "😀", "\u0000", '"', "\\", " ", "\u202e"))
    .map(([n, c]) => c.repeat(Math.max(1, Math.ceil(n / c.length))));
}

/** Mostly short, sometimes past the 16 KB cap, rarely up to 1 MB: big bodies cost time to send. */
export const hugeString = fc.oneof(
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

export const wrongValue: fc.Arbitrary<Json> = fc.oneof(
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

export const extraKey = fc.oneof(
  fc.constantFrom("__proto__", "constructor", "prototype", "id", "status", "managed", "authId", "accountId", "smartlockId", "lockId", "toString", "valueOf", "Name", "NAME", "name ", " name", "code\u0000", "drift", "type"),
  fc.string({ minLength: 1, maxLength: 16 }),
);

export type Mutation =
  | { kind: "wrongType"; field: string; value: Json }
  | { kind: "badValue"; field: string; value: Json }
  | { kind: "extra"; key: string; value: Json }
  | { kind: "drop"; field: string }
  | { kind: "crossField"; fields: JsonObject }
  | { kind: "replace"; how: "array" | "wrapped" | "string" | "number" | "null" | "true" | "nested" };

export function mutate(base: JsonObject, mutations: Mutation[]): Json {
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

export type TextChange =
  | { kind: "none" }
  | { kind: "truncate"; at: number }
  | { kind: "append"; tail: string }
  | { kind: "bom" }
  | { kind: "singleQuotes" }
  | { kind: "badUtf8"; at: number; bytes: readonly number[] }
  | { kind: "utf16" }
  | { kind: "padPastCap"; extra: number }
  | { kind: "duplicateKey"; key: string };

export const textChange: fc.Arbitrary<TextChange> = fc.oneof(
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

export function applyTextChange(text: string, change: TextChange): Buffer {
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

export const rawBody: fc.Arbitrary<{ bytes: Buffer; note: string }> = fc.oneof(
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

export const contentType = fc.option(
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

export const preview = (bytes: Buffer) => {
  const text = bytes.subarray(0, 300).toString("utf8");
  return bytes.length > 300 ? `${text}… (${bytes.length} bytes)` : text;
};

export interface FuzzBody {
  bytes: Buffer;
  contentType?: string;
  note: string;
}

export const optionalJunkBody = fc.option(
  fc.tuple(rawBody, contentType).map(([b, type]): FuzzBody => ({ ...b, contentType: type, note: `${b.note}; body ${JSON.stringify(preview(b.bytes))}` })),
  { nil: undefined, freq: 3 },
);
