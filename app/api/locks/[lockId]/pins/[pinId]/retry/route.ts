import { apiRoute } from "@/lib/api/route";
import { pinContext } from "@/lib/server/pins/context";
import { repairPin } from "@/lib/server/pins/service";
import { methodNotAllowed } from "@/lib/api/method";

/** The older name of `repair`, kept so existing clients go on working. */
export const POST = apiRoute({ lock: "codes", pin: true }, async (route) => {
  const pin = await repairPin(await pinContext(route), route.lockId, route.params.pinId);
  return Response.json(pin, { status: 202 });
});

const notAllowed = methodNotAllowed("POST");
export const GET = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
