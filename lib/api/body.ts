import "server-only";
import type { z } from "zod";
import { ApiError } from "./errors";
import { readRawBody } from "./raw-body";

export const MAX_BODY_BYTES = 16 * 1024;

export async function readJson<T>(request: Request, schema: z.ZodType<T>, limit = MAX_BODY_BYTES): Promise<T> {
  const text = new TextDecoder().decode(await readRawBody(request, limit));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ApiError(400, "invalid_json", "The request body must be JSON.");
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.map(String).join(".") || undefined;
    throw new ApiError(422, "invalid_input", issue?.message ?? "The request is not valid.", field);
  }
  return parsed.data;
}
