import { z } from "zod";

/**
 * Where listing stopped on each lock: the id of the last log entry passed there (null when that
 * lock has nothing older). Opaque to clients: base64url JSON.
 */
export type EntryCursor = Record<string, string | null>;

const cursorSchema = z.record(z.string().regex(/^[1-9][0-9]{0,15}$/), z.string().regex(/^[0-9a-f]{24}$/).nullable());

export function encodeCursor(cursor: EntryCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

/** The cursor a client sent back, or null when it is not one Keyhost made. */
export function decodeCursor(raw: string): EntryCursor | null {
  if (raw.length > 4000 || !/^[A-Za-z0-9_-]+$/.test(raw)) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(raw, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
