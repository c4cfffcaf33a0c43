import { z } from "zod";
import { MAX_BODY_BYTES } from "@/lib/api/body";
import { OPERATIONS, type Operation } from "./operations";
import { QUERIES, REQUEST_SCHEMAS, RESPONSE_SCHEMAS } from "./schemas";

type Json = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ "application/json": { schema: ref(name) } });
const error = (description: string) => ({ description, content: json("Error") });

const PATH_PARAMS: Record<string, { description: string; schema: Json }> = {
  lockId: { description: "Nuki's smartlockId", schema: { type: "string", pattern: "^[1-9][0-9]{0,15}$" } },
  pinId: { description: "Keyhost's UUID for a managed PIN, Nuki's 24-hex auth id for an unmanaged one", schema: { type: "string" } },
  propertyId: { description: "The property's UUID", schema: { type: "string", format: "uuid" } },
  stayId: { description: "The stay's UUID", schema: { type: "string", format: "uuid" } },
  feedId: { description: "The calendar feed's UUID", schema: { type: "string", format: "uuid" } },
};

/** Every schema of one direction under its component name, with references between them. */
function components(schemas: Record<string, z.ZodType>, io: "input" | "output"): Record<string, Json> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const { schemas: converted } = z.toJSONSchema(registry, {
    io,
    target: "draft-2020-12",
    // Refinements (cross-field rules, template placeholders) are checked by the server, not described here.
    unrepresentable: "any",
    uri: (id) => `#/components/schemas/${id}`,
  });
  // zod names each schema by its `uri`; in a document, its place under components names it.
  for (const schema of Object.values(converted)) {
    delete (schema as Json).$schema;
    delete (schema as Json).$id;
  }
  return converted as Record<string, Json>;
}

function queryParameters(op: Operation): Json[] {
  if (!op.query) return [];
  const shape = QUERIES[op.query].shape as Record<string, z.ZodType>;
  return Object.entries(shape).map(([name, schema]) => {
    const converted = z.toJSONSchema(schema, { io: "input", target: "draft-2020-12" }) as Json;
    delete converted.$schema;
    const { description, ...rest } = converted;
    return { name, in: "query", required: false, ...(description ? { description } : {}), schema: rest };
  });
}

function pathParameters(path: string): Json[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => {
    const known = PATH_PARAMS[name!];
    if (!known) throw new Error(`No description of the path parameter ${name}`);
    return { name, in: "path", required: true, ...known };
  });
}

/** The answers a route gives: its success, what every route of its kind can answer, and its own. */
function responses(op: Operation): Json {
  const caller = op.caller ?? "session";
  const write = op.method !== "get";
  const upstream = op.upstream ?? caller === "session";
  const out: Record<string, Json> = {
    [op.success.status]: { description: op.success.description, ...(op.success.schema ? { content: json(op.success.schema) } : {}) },
  };
  const add = (status: number, description: string) => (out[status] ??= error(description));
  const own = op.errors ?? {};
  for (const [status, description] of Object.entries(own)) add(Number(status), description);
  if (caller === "session") {
    add(401, "`unauthorized` without a session, `session_expired` once Nuki no longer accepts the sign-in (the session ends)");
    if (write) add(403, "`forbidden_origin`: writes must come from Keyhost's own pages (Origin, Sec-Fetch-Site)");
    if (op.path.includes("{")) add(404, "`not_found`: the id names nothing in the account");
    if (write || upstream) add(429, "`rate_limited` (writes per sign-in, or Nuki asks to slow down) or `code_generation_limited`, with Retry-After");
    if (upstream) add(502, "`upstream_unavailable`: Nuki is not answering properly");
  }
  if (op.query) add(422, "`invalid_input` naming the query field");
  if (op.body) {
    add(400, "`invalid_json`: the body is not JSON");
    add(413, `\`payload_too_large\`: the body is over ${MAX_BODY_BYTES / 1024} KiB`);
    add(422, "`invalid_input` naming the field");
  }
  out.default = error("Any other error, in the same shape (`internal` for 500, `method_not_allowed` for 405 with an Allow header)");
  return out;
}

function operation(op: Operation): Json {
  const caller = op.caller ?? "session";
  const parameters = [...pathParameters(op.path), ...queryParameters(op)];
  return {
    summary: op.summary,
    operationId: `${op.method}${op.path.replace(/^\/api/, "").replace(/\{(\w+)\}/g, "By-$1").replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? "").toUpperCase())}`,
    ...(caller === "session" ? {} : { security: caller === "nuki" ? [{ nukiSignature: [] }] : [] }),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(op.body ? { requestBody: { required: true, content: json(op.body) } } : {}),
    responses: responses(op),
  };
}

/** The OpenAPI 3.1 document of the JSON API, built from the zod schemas the routes parse and answer with. */
export function buildOpenApiDocument(): Json {
  const paths: Record<string, Record<string, Json>> = {};
  for (const op of OPERATIONS) (paths[op.path] ??= {})[op.method] = operation(op);
  return {
    openapi: "3.1.0",
    info: {
      title: "Keyhost JSON API",
      version: "1",
      description:
        "The dashboard's JSON API. Times of a lock's PINs are lock-local wall times. Every error has the shape " +
        "{ error: { code, message, field? } }. Writes need Keyhost's own Origin and are rate-limited per sign-in. See docs/api.md.",
    },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    security: [{ session: [] }],
    paths,
    components: {
      securitySchemes: {
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: "The sign-in's session cookie (__Secure- prefixed under https)" },
        nukiSignature: { type: "apiKey", in: "header", name: "X-Nuki-Signature-SHA256", description: "HMAC-SHA256 of the raw body with the webhook's secret" },
      },
      schemas: { ...components(RESPONSE_SCHEMAS, "output"), ...components(REQUEST_SCHEMAS, "input") },
    },
  };
}
