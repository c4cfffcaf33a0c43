import { apiRoute } from "@/lib/api/route";
import { pinContext } from "@/lib/server/pins/context";
import { repairPin } from "@/lib/server/pins/service";
import { methodNotAllowed } from "@/lib/api/method";

/** Re-applies what the host set to a drifted or failed PIN. */
export const POST = apiRoute({ lock: "codes", pin: true }, async (route) => {
  const pin = await repairPin(await pinContext(route), route.lockId, route.params.pinId);
  return Response.json(pin, { status: 202 });
});

const notAllowed = methodNotAllowed("POST");
export const GET = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
