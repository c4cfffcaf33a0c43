import { LOCALE_COOKIE, type Locale } from "./config";
import { negotiateLocale } from "./negotiate";

/** The language of one API request: the host's cookie, else Accept-Language, as pages decide it. */
export function requestLocale(request: Pick<Request, "headers">): Locale {
  const cookie = request.headers.get("cookie") ?? "";
  const chosen = cookie
    .split(";")
    .map((part) => part.trim().split("="))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  return negotiateLocale(chosen, request.headers.get("accept-language"));
}
