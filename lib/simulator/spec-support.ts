import "server-only";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv, { type ErrorObject } from "ajv";

/**
 * Nuki's own Swagger 2.0 spec, for tests that check the simulator against it. The spec lives
 * outside the repo; where it is missing, those tests say so and are skipped.
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const SPEC_PATH = path.resolve(repoRoot, "../shared/nuki/swagger-v3.9.0.json");
export const SPEC_FOUND = existsSync(SPEC_PATH);
if (!SPEC_FOUND) console.log(`Nuki spec not found at ${SPEC_PATH}: the simulator's spec conformance checks are not run.`);

export const specTitle = (name: string) => (SPEC_FOUND ? name : `${name} (not run: Nuki spec not found at ${SPEC_PATH})`);

const INT32 = 2 ** 31;
/** RFC 3339 date-time (Swagger 2.0's `date-time`): seconds and an offset required. */
const RFC3339 = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** An Ajv holding the whole document, so every `#/definitions/...` reference resolves. */
export function loadSpec(): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat("int32", { type: "number", validate: (n: number) => Number.isInteger(n) && n >= -INT32 && n < INT32 });
  ajv.addFormat("int64", { type: "number", validate: (n: number) => Number.isSafeInteger(n) });
  ajv.addFormat("float", { type: "number", validate: (n: number) => Number.isFinite(n) });
  ajv.addFormat("double", { type: "number", validate: (n: number) => Number.isFinite(n) });
  ajv.addFormat("byte", /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/);
  ajv.addFormat("date-time", (s: string) => RFC3339.test(s) && Number.isFinite(Date.parse(s)));
  ajv.addSchema(JSON.parse(readFileSync(SPEC_PATH, "utf8")) as object, "nuki");
  return ajv;
}

/**
 * Validation errors of `data` against a spec definition, minus the `errata` (schema locations
 * where the live service wins). Ajv reports paths inside the compiled definition as `#/…`, and
 * paths reached through a $ref in full.
 */
export function specViolations(ajv: Ajv, errata: Record<string, string>, definition: string, data: unknown, strictSpec = false): string[] {
  const validate = ajv.getSchema(`nuki#/definitions/${definition}`);
  if (!validate) throw new Error(`no definition ${definition}`);
  if (validate(data)) return [];
  const excused = (error: ErrorObject) => `${definition}${error.schemaPath}` in errata || error.schemaPath in errata;
  return (validate.errors ?? [])
    .filter((error) => strictSpec || !excused(error))
    .map((e) => `${definition}${e.instancePath} ${e.message} (${e.schemaPath})`);
}
