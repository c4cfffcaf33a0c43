import "server-only";
import { z } from "zod";
import { json, SimError } from "./errors";

/** How control hooks read bodies and answer failures: `{ error: { code, message } }`, never Nuki's shapes. */

export class ControlError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function parse<T>(schema: z.ZodType<T>, text: string): T {
  let body: unknown = {};
  if (text.trim()) {
    try {
      body = JSON.parse(text);
    } catch {
      throw new ControlError(400, "invalid_json", "The body is not valid JSON");
    }
  }
  const result = schema.safeParse(body);
  if (!result.success) {
    throw new ControlError(400, "invalid_body", result.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; "));
  }
  return result.data;
}

export function dropUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

const CODES: Record<number, string> = { 404: "not_found", 409: "conflict" };

/** A control failure as JSON; a simulator refusal (bad code, no keypad, …) keeps its Nuki status. */
export function controlFailure(error: unknown): Response | undefined {
  if (error instanceof ControlError) return json({ error: { code: error.code, message: error.message } }, error.status);
  if (error instanceof SimError) return json({ error: { code: CODES[error.status] ?? "invalid_body", message: error.message } }, error.status);
  return undefined;
}
