import { readJson } from "@/lib/api/body";
import { lockIdParam } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { pinCreateSchema } from "@/lib/pins/schema";
import { createPin, listPins } from "@/lib/pins/service";

export const GET = apiRoute<{ lockId: string }>(({ nuki, session, params }) =>
  listPins(nuki, session.accountId, lockIdParam(params.lockId)),
);

export const POST = apiRoute<{ lockId: string }>(async ({ nuki, session, params, request }) => {
  const lockId = lockIdParam(params.lockId);
  const input = await readJson(request, pinCreateSchema);
  const pin = await createPin(nuki, session.accountId, lockId, input);
  return Response.json(pin, { status: 202, headers: { "Cache-Control": "no-store" } });
});
