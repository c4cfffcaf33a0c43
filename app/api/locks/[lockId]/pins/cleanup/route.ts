import { lockIdParam } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { cleanupLock } from "@/lib/pins/cleanup";
import { pinContext } from "@/lib/pins/context";

/** Deletes every PIN on the lock whose window has ended: one request, one ledger-tracked delete per PIN. */
export const POST = apiRoute<{ lockId: string }>(async (route) => {
  const result = await cleanupLock(await pinContext(route), lockIdParam(route.params.lockId));
  return Response.json(result, { status: 202, headers: { "Cache-Control": "no-store" } });
});
