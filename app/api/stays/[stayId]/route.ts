import { readJson } from "@/lib/api/body";
import { uuidParam } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { stayContext } from "@/lib/server/stays/context";
import { stayPatchSchema } from "@/lib/stays/schema";
import { cancelStay, getStay, updateStayDates } from "@/lib/server/stays/service";
import { methodNotAllowed } from "@/lib/api/method";

type Params = { stayId: string };

export const GET = apiRoute<Params>(async (route) => getStay(await stayContext(route), uuidParam(route.params.stayId, "stay")));

export const PATCH = apiRoute<Params>(async (route) => {
  const id = uuidParam(route.params.stayId, "stay");
  const patch = await readJson(route.request, stayPatchSchema);
  const stay = await updateStayDates(await stayContext(route), id, patch);
  return Response.json(stay, { status: 202 });
});

export const DELETE = apiRoute<Params>(async (route) => {
  await cancelStay(await stayContext(route), uuidParam(route.params.stayId, "stay"));
  return Response.json({ requested: true }, { status: 202 });
});

const notAllowed = methodNotAllowed("GET", "PATCH", "DELETE");
export const POST = notAllowed;
export const PUT = notAllowed;
