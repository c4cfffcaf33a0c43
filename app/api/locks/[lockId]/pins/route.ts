import { readJson } from "@/lib/api/body";
import { lockIdParam } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { pinContext } from "@/lib/server/pins/context";
import { pinCreateSchema } from "@/lib/pins/schema";
import { createPin, listPins } from "@/lib/server/pins/service";
import { methodNotAllowed } from "@/lib/api/method";

export const GET = apiRoute<{ lockId: string }>(async (route) => listPins(await pinContext(route), lockIdParam(route.params.lockId)));

export const POST = apiRoute<{ lockId: string }>(async (route) => {
  const lockId = lockIdParam(route.params.lockId);
  const input = await readJson(route.request, pinCreateSchema);
  const pin = await createPin(await pinContext(route), lockId, input);
  return Response.json(pin, { status: 202 });
});

const notAllowed = methodNotAllowed("GET", "POST");
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
