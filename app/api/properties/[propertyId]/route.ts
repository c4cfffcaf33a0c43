import { readJson } from "@/lib/api/body";
import { uuidParam } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { propertyPatchSchema } from "@/lib/properties/schema";
import { deleteProperty, getProperty, updateProperty } from "@/lib/server/properties/service";
import { stayContext } from "@/lib/server/stays/context";
import { methodNotAllowed } from "@/lib/api/method";

type Params = { propertyId: string };

export const GET = apiRoute<Params>(async (route) => getProperty(await stayContext(route), uuidParam(route.params.propertyId, "property")));

export const PATCH = apiRoute<Params>(async (route) => {
  const id = uuidParam(route.params.propertyId, "property");
  const patch = await readJson(route.request, propertyPatchSchema);
  return updateProperty(await stayContext(route), id, patch);
});

export const DELETE = apiRoute<Params>(async (route) => {
  await deleteProperty(await stayContext(route), uuidParam(route.params.propertyId, "property"));
  return new Response(null, { status: 204 });
});

const notAllowed = methodNotAllowed("GET", "PATCH", "DELETE");
export const POST = notAllowed;
export const PUT = notAllowed;
