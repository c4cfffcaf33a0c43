import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method";
import { requestLocale } from "@/lib/i18n/request-locale";
import { stayContext } from "@/lib/server/stays/context";
import { getToday } from "@/lib/server/today/service";

/** The home page: today's and tomorrow's stays door by door, and what needs the host. */
export const GET = apiRoute(async (route) => getToday(await stayContext(route), { locale: requestLocale(route.request) }));

const notAllowed = methodNotAllowed("GET");
export const POST = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
