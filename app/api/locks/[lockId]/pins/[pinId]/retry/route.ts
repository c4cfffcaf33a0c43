import { lockIdParam } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { retryPin } from "@/lib/pins/service";

export const POST = apiRoute<{ lockId: string; pinId: string }>(async ({ nuki, session, params }) => {
  const pin = await retryPin(nuki, session.accountId, lockIdParam(params.lockId), params.pinId);
  return Response.json(pin ?? { deleted: true }, { status: 202, headers: { "Cache-Control": "no-store" } });
});
