import { readJson } from "@/lib/api/body";
import { methodNotAllowed } from "@/lib/api/method";
import { uuidParam } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { calendarContext } from "@/lib/server/calendar/context";
import { feedPatchSchema } from "@/lib/calendar/schema";
import { removeFeed, updateFeed } from "@/lib/server/calendar/service";

type Params = { propertyId: string; feedId: string };

export const PATCH = apiRoute<Params>(async (route) => {
  const id = uuidParam(route.params.propertyId, "property");
  const patch = await readJson(route.request, feedPatchSchema);
  return updateFeed(await calendarContext(route), id, route.params.feedId, patch);
});

export const DELETE = apiRoute<Params>(async (route) => {
  await removeFeed(await calendarContext(route), uuidParam(route.params.propertyId, "property"), route.params.feedId);
  return new Response(null, { status: 204 });
});

const notAllowed = methodNotAllowed("PATCH", "DELETE");
export const GET = notAllowed;
export const POST = notAllowed;
export const PUT = notAllowed;
