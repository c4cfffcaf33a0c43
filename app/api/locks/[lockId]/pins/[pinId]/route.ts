import { readJson } from "@/lib/api/body";
import { lockIdParam } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { pinContext } from "@/lib/server/pins/context";
import { pinPatchSchema } from "@/lib/pins/schema";
import { deletePin, updatePin } from "@/lib/server/pins/service";
import { methodNotAllowed } from "@/lib/api/method";

type Params = { lockId: string; pinId: string };

export const PATCH = apiRoute<Params>(async (route) => {
  const lockId = lockIdParam(route.params.lockId);
  const patch = await readJson(route.request, pinPatchSchema);
  const pin = await updatePin(await pinContext(route), lockId, route.params.pinId, patch);
  return Response.json(pin, { status: 202 });
});

export const DELETE = apiRoute<Params>(async (route) => {
  await deletePin(await pinContext(route), lockIdParam(route.params.lockId), route.params.pinId);
  return Response.json({ requested: true }, { status: 202 });
});

const notAllowed = methodNotAllowed("PATCH", "DELETE");
export const GET = notAllowed;
export const POST = notAllowed;
export const PUT = notAllowed;
