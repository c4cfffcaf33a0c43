import { lockIdParam } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { pinContext } from "@/lib/pins/context";
import { repairPin } from "@/lib/pins/service";

/** The older name of `repair`, kept so existing clients go on working. */
export const POST = apiRoute<{ lockId: string; pinId: string }>(async (route) => {
  const pin = await repairPin(await pinContext(route), lockIdParam(route.params.lockId), route.params.pinId);
  return Response.json(pin, { status: 202, headers: { "Cache-Control": "no-store" } });
});
