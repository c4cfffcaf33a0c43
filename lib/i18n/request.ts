import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE } from "./config";
import { MESSAGES } from "./messages";
import { negotiateLocale } from "./negotiate";

/**
 * next-intl without locale routes: every page's language comes from the host's cookie, else from
 * Accept-Language. Times are always formatted in a lock's own zone, passed explicitly; UTC here
 * only keeps server and browser renders identical where a zone is not given.
 */
export default getRequestConfig(async () => {
  const locale = negotiateLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get("accept-language"));
  return { locale, messages: MESSAGES[locale], timeZone: "UTC" };
});
