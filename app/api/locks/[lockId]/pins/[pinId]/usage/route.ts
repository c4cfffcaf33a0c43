import { lockPinUsage } from "@/lib/server/activity/service";
import { apiRoute } from "@/lib/api/route";
import { pinContext } from "@/lib/server/pins/context";
import { methodNotAllowed } from "@/lib/api/method";

export const GET = apiRoute({ lock: "account", pin: true }, async (route) => lockPinUsage(await pinContext(route), route.lockId, route.params.pinId));

const notAllowed = methodNotAllowed("GET");
export const POST = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
