import { methodNotAllowed } from "@/lib/api/method";
import { uuidParam } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { calendarContext } from "@/lib/server/calendar/context";
import { syncNow } from "@/lib/server/calendar/service";

type Params = { propertyId: string; feedId: string };

/** "Sync now": reads the feed at once; a failure is recorded on the feed and in its answer. */
export const POST = apiRoute<Params>(async (route) => syncNow(await calendarContext(route), uuidParam(route.params.propertyId, "property"), route.params.feedId));

const notAllowed = methodNotAllowed("POST");
export const GET = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
