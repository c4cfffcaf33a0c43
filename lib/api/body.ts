import "server-only";
import type { z } from "zod";
import { ApiError, fromZod } from "./errors";
import { readRawBody } from "./raw-body";

export const MAX_BODY_BYTES = 16 * 1024;

export async function readJson<T>(request: Request, schema: z.ZodType<T>, limit = MAX_BODY_BYTES): Promise<T> {
  const text = new TextDecoder().decode(await readRawBody(request, limit));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ApiError("invalid_json", "bodyNotJson");
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw fromZod(parsed.error);
  return parsed.data;
}
