import fc from "fast-check";
import { contentType, optionalJunkBody, preview, rawBody, wrongValue, type FuzzBody } from "./fuzz-bodies";
import { body } from "./fuzz-pin-bodies";
import { ROUTE_METHODS, type FuzzAccount, type FuzzRequest, type Method, type Route } from "./fuzz-routes";
import { entityBody } from "./fuzz-stay-bodies";
import { activityQuery, entriesQuery, hex24, lockSegment, namesRealPin, optionalQuery, parsedLockId, pinSearchQuery, pinSegment, staysQuery, uuidSegment, withQuery } from "./fuzz-urls";

/*
 * The fuzz's requests, one generator per route: the routes are listed in fuzz-routes.ts, ids and
 * query strings come from fuzz-urls.ts, bodies from fuzz-pin-bodies.ts and fuzz-stay-bodies.ts.
 */

/** Origins that are not the app's own, however close they look: a write must be refused with any of them. */
const foreignOrigins = (account: FuzzAccount): string[] => [
  "https://evil.example",
  "null",
  `${account.origin}/`,
  account.origin.replace("localhost", "127.0.0.1"),
  account.origin.replace("http:", "https:"),
  `${account.origin}.evil.example`,
];

/** Mostly the app's own origin, so that most writes get past the CSRF check to the code behind it. */
const originFor = (account: FuzzAccount): fc.Arbitrary<Record<string, string>> =>
  fc
    .tuple(
      fc.oneof(
        { weight: 14, arbitrary: fc.constant(account.origin) },
        { weight: 1, arbitrary: fc.constantFrom(...foreignOrigins(account)) },
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

/** Origins and fetch metadata a write must be refused for: a foreign or missing Origin, or a cross-site fetch. */
function refusedOrigin(account: FuzzAccount): fc.Arbitrary<Record<string, string>> {
  return fc.oneof(
    fc.constantFrom(...foreignOrigins(account)).map((origin) => ({ Origin: origin })),
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
      const url = path.replace("{lockId}", l).replace("{pinId}", p).replace("{propertyId}", i).replace("{stayId}", i).replace("{feedId}", i);
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
      get("GET /api/locks/{lockId}/confirm-times", (l) => `/api/locks/${l}/confirm-times`),
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
      list("GET /api/attention", "/api/attention", optionalQuery),
      list("GET /api/today", "/api/today", optionalQuery),
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
      entity("PATCH /api/stays/{stayId}/message", "PATCH", (i) => `/api/stays/${i}/message`),
      entity("GET /api/properties/{propertyId}/entries", "GET", (i) => `/api/properties/${i}/entries`, undefined, entriesQuery(account)),
      // No property exists, so no feed either: the property's id and the feed's are the same junk.
      entity("GET /api/properties/{propertyId}/backup-codes", "GET", (i) => `/api/properties/${i}/backup-codes`),
      entity("POST /api/properties/{propertyId}/backup-codes", "POST", (i) => `/api/properties/${i}/backup-codes`),
      entity("DELETE /api/properties/{propertyId}/backup-codes", "DELETE", (i) => `/api/properties/${i}/backup-codes`),
      entity("POST /api/stays/{stayId}/backup-code", "POST", (i) => `/api/stays/${i}/backup-code`),
      entity("GET /api/properties/{propertyId}/feeds", "GET", (i) => `/api/properties/${i}/feeds`),
      entity("POST /api/properties/{propertyId}/feeds", "POST", (i) => `/api/properties/${i}/feeds`),
      entity("PATCH /api/properties/{propertyId}/feeds/{feedId}", "PATCH", (i) => `/api/properties/${i}/feeds/${i}`),
      entity("DELETE /api/properties/{propertyId}/feeds/{feedId}", "DELETE", (i) => `/api/properties/${i}/feeds/${i}`),
      entity("POST /api/properties/{propertyId}/feeds/{feedId}/sync", "POST", (i) => `/api/properties/${i}/feeds/${i}/sync`),
      webhook(account),
      list("GET /api/openapi.json", "/api/openapi.json", optionalQuery),
      list("GET /api/health", "/api/health", optionalQuery),
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
