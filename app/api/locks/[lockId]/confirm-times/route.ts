import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method";
import { pinContext } from "@/lib/server/pins/context";
import { lockConfirmTimes } from "@/lib/server/pins/confirm-times";

export const GET = apiRoute({ lock: "lock" }, async (route) => lockConfirmTimes(await pinContext(route), route.lockId));

const notAllowed = methodNotAllowed("GET");
export const POST = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
