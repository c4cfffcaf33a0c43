import { readJson } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/route";
import { pinContext } from "@/lib/server/pins/context";
import { pinPatchSchema } from "@/lib/pins/schema";
import { deletePin, updatePin } from "@/lib/server/pins/service";
import { methodNotAllowed } from "@/lib/api/method";

export const PATCH = apiRoute({ lock: "codes", pin: true, input: (request) => readJson(request, pinPatchSchema) }, async (route) => {
  const pin = await updatePin(await pinContext(route), route.lockId, route.params.pinId, route.input);
  return Response.json(pin, { status: 202 });
});

export const DELETE = apiRoute({ lock: "codes", pin: true }, async (route) => {
  await deletePin(await pinContext(route), route.lockId, route.params.pinId);
  return Response.json({ requested: true }, { status: 202 });
});

const notAllowed = methodNotAllowed("PATCH", "DELETE");
export const GET = notAllowed;
export const POST = notAllowed;
export const PUT = notAllowed;
