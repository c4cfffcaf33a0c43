import { parseEntryQuery } from "@/lib/server/activity/query";
import { lockEntries } from "@/lib/server/activity/service";
import { lockIdParam } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { pinContext } from "@/lib/server/pins/context";
import { methodNotAllowed } from "@/lib/api/method";

export const GET = apiRoute<{ lockId: string }>(async (route) => {
  const lockId = lockIdParam(route.params.lockId);
  const query = parseEntryQuery(new URL(route.request.url).searchParams);
  return lockEntries(await pinContext(route), lockId, query);
});

const notAllowed = methodNotAllowed("GET");
export const POST = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
