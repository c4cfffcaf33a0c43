import { lockIdParam } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";

export const POST = apiRoute<{ lockId: string }>(async ({ nuki, params }) => {
  await nuki.syncLock(lockIdParam(params.lockId));
  return Response.json({ requested: true }, { status: 202, headers: { "Cache-Control": "no-store" } });
});
