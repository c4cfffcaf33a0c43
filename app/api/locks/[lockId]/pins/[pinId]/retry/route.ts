import { lockIdParam } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { pinContext } from "@/lib/server/pins/context";
import { repairPin } from "@/lib/server/pins/service";
import { methodNotAllowed } from "@/lib/api/method";

/** The older name of `repair`, kept so existing clients go on working. */
export const POST = apiRoute<{ lockId: string; pinId: string }>(async (route) => {
  const pin = await repairPin(await pinContext(route), lockIdParam(route.params.lockId), route.params.pinId);
  return Response.json(pin, { status: 202 });
});

const notAllowed = methodNotAllowed("POST");
export const GET = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
