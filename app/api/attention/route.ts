import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method";
import { requestLocale } from "@/lib/i18n/request-locale";
import { getAttention } from "@/lib/server/attention/service";
import { pinContext } from "@/lib/server/pins/context";

/** Everything on the account that needs the host, each with its fixes: two upstream calls. */
export const GET = apiRoute(async (route) => getAttention(await pinContext(route), requestLocale(route.request)));

const notAllowed = methodNotAllowed("GET");
export const POST = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
