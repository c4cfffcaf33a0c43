import { apiRoute } from "@/lib/api/route";
import { pinContext } from "@/lib/server/pins/context";
import { pinHistory } from "@/lib/server/pins/service";
import { methodNotAllowed } from "@/lib/api/method";

export const GET = apiRoute({ lock: "lock", pin: true }, async (route) => pinHistory(await pinContext(route), route.lockId, route.params.pinId));

const notAllowed = methodNotAllowed("GET");
export const POST = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
