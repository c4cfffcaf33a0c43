import { parseEntryQuery } from "@/lib/server/activity/query";
import { lockEntries } from "@/lib/server/activity/service";
import { apiRoute } from "@/lib/api/route";
import { pinContext } from "@/lib/server/pins/context";
import { methodNotAllowed } from "@/lib/api/method";

export const GET = apiRoute({ lock: "account", input: (request) => parseEntryQuery(new URL(request.url).searchParams) }, async (route) =>
  lockEntries(await pinContext(route), route.lockId, route.input),
);

const notAllowed = methodNotAllowed("GET");
export const POST = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
