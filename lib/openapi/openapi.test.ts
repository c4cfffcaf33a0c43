import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./document";

type Json = Record<string, unknown>;

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
const API_DIR = path.join(process.cwd(), "app", "api");

/** `METHOD /api/path` for every method a route file handles itself (not with `methodNotAllowed`). */
function routesInTree(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const routePath = `/api/${path.relative(API_DIR, dir).split(path.sep).join("/")}`.replace(/\[(\w+)\]/g, "{$1}");
        // next-auth's own handler is no JSON route of this API.
        if (routePath.startsWith("/api/auth/")) continue;
        const source = readFileSync(full, "utf8");
        for (const m of METHODS) {
          const exported = new RegExp(`^export (?:const|(?:async )?function) ${m}\\b`, "m").test(source);
          const refused = new RegExp(`^export const ${m} = notAllowed;`, "m").test(source);
          if (exported && !refused) found.push(`${m} ${routePath}`);
        }
      }
    }
  };
  walk(API_DIR);
  return found.sort();
}

/** The formats zod writes; a new one fails the strict compile below until it is listed here and in e2e/support/openapi.ts. */
const FORMATS = { uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, email: true } as const;

const doc = buildOpenApiDocument();
const paths = doc.paths as Record<string, Record<string, Json>>;
const schemas = (doc.components as { schemas: Record<string, Json> }).schemas;

function documented(): string[] {
  return Object.entries(paths)
    .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`))
    .sort();
}

/** Every `$ref` anywhere under `value`. */
function refs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) refs(v, out);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (k === "$ref" && typeof v === "string") out.push(v);
      else refs(v, out);
    }
  }
  return out;
}

describe("the OpenAPI document", () => {
  it("lists every route and method under app/api, and nothing else", () => {
    const tree = routesInTree();
    expect(tree.length).toBeGreaterThan(30);
    expect(documented()).toEqual(tree);
  });

  it("has what OpenAPI 3.1 requires of the document, its paths and operations", () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    const operationIds = new Set<string>();
    for (const [p, ops] of Object.entries(paths)) {
      expect(p).toMatch(/^\//);
      const templated = [...p.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const [method, op] of Object.entries(ops)) {
        expect(["get", "put", "post", "delete", "options", "head", "patch", "trace"]).toContain(method);
        const id = op.operationId as string;
        expect(operationIds.has(id), `operationId ${id} is unique`).toBe(false);
        operationIds.add(id);
        const params = (op.parameters ?? []) as Json[];
        // Every templated segment is a required path parameter, and no other path parameter exists.
        expect(params.filter((x) => x.in === "path").map((x) => x.name).sort()).toEqual(templated);
        for (const param of params) {
          expect(["path", "query", "header", "cookie"]).toContain(param.in);
          expect(typeof param.name).toBe("string");
          if (param.in === "path") expect(param.required).toBe(true);
          expect(param.schema).toBeTypeOf("object");
        }
        const responses = op.responses as Record<string, Json>;
        expect(Object.keys(responses).length).toBeGreaterThan(0);
        for (const [status, response] of Object.entries(responses)) {
          expect(status).toMatch(/^(default|[1-5](\d\d|XX))$/);
          expect(typeof response.description, `${method} ${p} ${status} has a description`).toBe("string");
        }
        expect(Object.keys(responses).some((s) => /^2/.test(s)), `${method} ${p} has a success answer`).toBe(true);
      }
    }
  });

  it("resolves every reference and compiles every schema as JSON Schema 2020-12", () => {
    for (const target of refs(doc)) {
      expect(target).toMatch(/^#\/components\/schemas\//);
      expect(schemas[target.slice("#/components/schemas/".length)], target).toBeDefined();
    }
    // Strict: a keyword ajv does not know (a typo, an OpenAPI-only word) fails, so the schemas hold to the 2020-12 dialect.
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true, formats: FORMATS });
    const local = (schema: unknown) => JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', '"keyhost#/$defs/'));
    ajv.addSchema({ $id: "keyhost", $defs: local(schemas) });
    const compile = (schema: unknown) => ajv.compile(local(schema));
    for (const [name, schema] of Object.entries(schemas)) expect(() => compile(schema), name).not.toThrow();
    for (const ops of Object.values(paths)) {
      for (const op of Object.values(ops)) for (const param of (op.parameters ?? []) as Json[]) expect(() => compile(param.schema)).not.toThrow();
    }
  });

  it("describes answers as the routes give them: a PIN and an error validate, a stray field does not", () => {
    const ajv = new Ajv2020({ strict: false, formats: FORMATS });
    ajv.addSchema({ $id: "keyhost", components: { schemas } });
    const pin = ajv.compile({ $ref: "keyhost#/components/schemas/Pin" });
    const valid = {
      id: "0b8e9d4c-6a4e-4f0a-9a53-52a1c0ffee00",
      name: "Marta 27 Nov",
      code: "345678",
      enabled: true,
      validFrom: "2026-11-27T14:45",
      validUntil: null,
      weekdays: ["mon", "sun"],
      dailyFrom: null,
      dailyUntil: null,
      lastUsedAt: null,
      status: "drifted",
      managed: true,
      drift: [{ field: "code", wanted: "345678", actual: "345679" }],
    };
    expect(pin(valid), JSON.stringify(pin.errors)).toBe(true);
    expect(pin({ ...valid, token: "x" })).toBe(false);
    expect(pin({ ...valid, status: "lost" })).toBe(false);
    const error = ajv.compile({ $ref: "keyhost#/components/schemas/Error" });
    expect(error({ error: { code: "invalid_input", message: "Code must be exactly 6 digits", field: "code" } })).toBe(true);
    expect(error({ error: { code: "invalid_input" } })).toBe(false);
  });

  it("describes request bodies as the routes read them: what the schema takes, not what it makes of it", () => {
    const ajv = new Ajv2020({ strict: false, formats: FORMATS });
    ajv.addSchema({ $id: "keyhost", components: { schemas } });
    const create = ajv.compile({ $ref: "keyhost#/components/schemas/PinCreate" });
    expect(create({ name: "Cleaner", code: "345678", weekdays: ["mon"] })).toBe(true);
    expect(create({ code: "345678" })).toBe(false);
    expect(create({ name: "Cleaner", colour: "red" })).toBe(false);
    // The property's doors may be sent as numbers or numeric strings; the server makes numbers of them.
    const property = ajv.compile({ $ref: "keyhost#/components/schemas/PropertyCreate" });
    expect(property({ name: "Flat", lockIds: [17, "18"] })).toBe(true);
  });
});
