import { parseLockId } from "@/lib/nuki/ids";
import { isUuid } from "@/lib/validation/uuid";
import { ApiError } from "./errors";


/** A malformed id can never name one of the user's locks: answer 404 before anything goes upstream. */
export function lockIdParam(raw: string): number {
  const id = parseLockId(raw);
  if (id === null) throw new ApiError("not_found", "noSuchLock");
  return id;
}

/** Anything but a UUID names none of Keyhost's own records, so answer 404 before touching the database. */
export function uuidParam(raw: string, what: "stay" | "property"): string {
  if (!isUuid(raw)) throw new ApiError("not_found", what === "stay" ? "noSuchStay" : "noSuchProperty");
  return raw;
}
