import { apiRoute } from "@/lib/api/route";
import { cleanupLock } from "@/lib/server/pins/cleanup";
import { pinContext } from "@/lib/server/pins/context";
import { methodNotAllowed } from "@/lib/api/method";

/** Deletes every PIN on the lock whose window has ended: one request, one ledger-tracked delete per PIN. */
export const POST = apiRoute({ lock: "codes" }, async (route) => {
  const result = await cleanupLock(await pinContext(route), route.lockId);
  return Response.json(result, { status: 202 });
});

const notAllowed = methodNotAllowed("POST");
export const GET = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
