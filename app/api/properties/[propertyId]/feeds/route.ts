import { readJson } from "@/lib/api/body";
import { methodNotAllowed } from "@/lib/api/method";
import { uuidParam } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { calendarContext } from "@/lib/server/calendar/context";
import { feedCreateSchema } from "@/lib/calendar/schema";
import { addFeed, listFeeds } from "@/lib/server/calendar/service";

type Params = { propertyId: string };

export const GET = apiRoute<Params>(async (route) => listFeeds(await calendarContext(route), uuidParam(route.params.propertyId, "property")));

export const POST = apiRoute<Params>(async (route) => {
  const id = uuidParam(route.params.propertyId, "property");
  const input = await readJson(route.request, feedCreateSchema);
  return Response.json(await addFeed(await calendarContext(route), id, input), { status: 201 });
});

const notAllowed = methodNotAllowed("GET", "POST");
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
