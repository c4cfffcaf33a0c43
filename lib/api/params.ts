import { parseLockId } from "@/lib/nuki/ids";
import { ApiError } from "./errors";

/** A malformed id can never name one of the user's locks: answer 404 before anything goes upstream. */
export function lockIdParam(raw: string): number {
  const id = parseLockId(raw);
  if (id === null) throw new ApiError(404, "not_found", "No such lock in your Nuki account.");
  return id;
}
