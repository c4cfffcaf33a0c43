import { ApiError } from "@/lib/api/errors";
import { isStayId } from "./schema";

/** Keyhost's own ids are UUIDs; anything else names nothing, so answer 404 before touching the database. */
export function uuidParam(raw: string, what: "stay" | "property"): string {
  if (!isStayId(raw)) throw new ApiError(404, "not_found", `No such ${what}.`);
  return raw;
}
