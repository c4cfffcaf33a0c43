import { apiRoute } from "@/lib/api/route";
import { pinContext } from "@/lib/server/pins/context";
import { adoptPin } from "@/lib/server/pins/service";
import { methodNotAllowed } from "@/lib/api/method";

/** Takes over a PIN Keyhost did not create, exactly as the lock has it. */
export const POST = apiRoute({ lock: "codes", pin: true }, async (route) => adoptPin(await pinContext(route), route.lockId, route.params.pinId));

const notAllowed = methodNotAllowed("POST");
export const GET = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
