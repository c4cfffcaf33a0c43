import "server-only";
import { errorText } from "@/lib/i18n/translate";
import { requestLocale } from "@/lib/i18n/request-locale";
import { jsonError } from "./errors";

/**
 * The answer to a method a route does not have, in the API's one error shape. Without it Next
 * answers `405` with an empty body, which no client of this API can read. Exported by each route
 * under the methods it lacks; it never reads the body, the session or anything else.
 */
export function methodNotAllowed(...allowed: string[]) {
  const list = allowed.join(", ");
  return async (request: Request) => jsonError("method_not_allowed", errorText(requestLocale(request), "methodNotAllowed", { list }), undefined, { Allow: list });
}
