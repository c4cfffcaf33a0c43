import { parseLockId } from "@/lib/nuki/ids";
import { ApiError } from "./errors";

/** Keyhost's own ids (PINs in the ledger, properties, stays) are lowercase UUIDs, as `randomUUID` makes them. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const isUuid = (id: string) => UUID_PATTERN.test(id);

/** A malformed id can never name one of the user's locks: answer 404 before anything goes upstream. */
export function lockIdParam(raw: string): number {
  const id = parseLockId(raw);
  if (id === null) throw new ApiError("not_found", "No such lock in your Nuki account.");
  return id;
}

/** Anything but a UUID names none of Keyhost's own records, so answer 404 before touching the database. */
export function uuidParam(raw: string, what: "stay" | "property"): string {
  if (!isUuid(raw)) throw new ApiError("not_found", `No such ${what}.`);
  return raw;
}
