import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";

type Json = Record<string, unknown>;
type Operation = { responses: Record<string, { content?: { "application/json"?: { schema: Json } } }> };

/** The formats zod writes into the document (as in lib/openapi/openapi.test.ts). */
const FORMATS = { uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, email: true } as const;

/**
 * The app's own /api/openapi.json, used to check real answers: `check` finds the operation by
 * method and path template, the response by status (else `default`), and validates the JSON body
 * against its schema. Every status checked is remembered, so a spec can say what it covered.
 */
export async function loadApiContract(request: APIRequestContext) {
  const answer = await request.get("/api/openapi.json");
  expect(answer.status()).toBe(200);
  const doc = (await answer.json()) as { openapi: string; paths: Record<string, Record<string, Operation>>; components: { schemas: Json } };
  expect(doc.openapi).toMatch(/^3\.1\./);
  const ajv = new Ajv2020({ strict: false, allErrors: true, formats: FORMATS });
  ajv.addSchema({ $id: "keyhost", components: doc.components });
  const compiled = new Map<string, ValidateFunction>();
  const checked: string[] = [];
  let errorShape: ValidateFunction | undefined;

  function validator(method: string, template: string, status: number): ValidateFunction | null {
    const key = `${method} ${template} ${status}`;
    const operation = doc.paths[template]?.[method.toLowerCase()];
    expect(operation, `${method} ${template} is in /api/openapi.json`).toBeDefined();
    const responses = operation!.responses;
    const response = responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
    expect(response, `${key} is described`).toBeDefined();
    const schema = response!.content?.["application/json"]?.schema;
    if (!schema) return null;
    if (!compiled.has(key)) compiled.set(key, ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"keyhost#/components/'))));
    return compiled.get(key)!;
  }

  return {
    /** Validates one answer of `METHOD /api/path/{param}`; returns its JSON (undefined when it has no body). */
    async check<T = unknown>(method: string, template: string, response: APIResponse, expected?: number): Promise<T> {
      const status = response.status();
      if (expected !== undefined) expect(status, `${method} ${template}: ${(await response.text()).slice(0, 300)}`).toBe(expected);
      const validate = validator(method, template, status);
      checked.push(`${method} ${template} ${status}`);
      const text = await response.text();
      if (!validate) {
        expect(text, `${method} ${template} ${status} has no body`).toBe("");
        return undefined as T;
      }
      expect(response.headers()["content-type"]).toMatch(/^application\/json/);
      const body: unknown = JSON.parse(text);
      const valid = validate(body);
      expect(valid, `${method} ${template} ${status}: ${ajv.errorsText(validate.errors)}\n${text.slice(0, 400)}`).toBe(true);
      return body as T;
    },
    /** Validates an answer that is an error whatever the route (405 for a method it lacks) against the one error shape. */
    async checkError(method: string, response: APIResponse): Promise<void> {
      checked.push(`${method} ${new URL(response.url()).pathname} ${response.status()}`);
      const validate = (errorShape ??= ajv.compile({ $ref: "keyhost#/components/schemas/Error" }));
      const text = await response.text();
      expect(response.status()).toBeGreaterThanOrEqual(400);
      expect(validate(JSON.parse(text)), `${response.status()} ${ajv.errorsText(validate.errors)}\n${text.slice(0, 400)}`).toBe(true);
    },
    checked,
    paths: doc.paths,
  };
}
