import { lockIdParam } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method";
import { pinContext } from "@/lib/server/pins/context";
import { lockConfirmTimes } from "@/lib/server/pins/confirm-times";

export const GET = apiRoute<{ lockId: string }>(async (route) => {
  const lockId = lockIdParam(route.params.lockId);
  await route.nuki.getLock(lockId); // the lock must be the user's, as for every other lock route
  return lockConfirmTimes(await pinContext(route), lockId);
});

const notAllowed = methodNotAllowed("GET");
export const POST = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
