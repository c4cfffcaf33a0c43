import { readJson } from "@/lib/api/body";
import { lockIdParam } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { pinPatchSchema } from "@/lib/pins/schema";
import { deletePin, updatePin } from "@/lib/pins/service";

type Params = { lockId: string; pinId: string };

export const PATCH = apiRoute<Params>(async ({ nuki, session, params, request }) => {
  const lockId = lockIdParam(params.lockId);
  const patch = await readJson(request, pinPatchSchema);
  const pin = await updatePin(nuki, session.accountId, lockId, params.pinId, patch);
  return Response.json(pin, { status: 202, headers: { "Cache-Control": "no-store" } });
});

export const DELETE = apiRoute<Params>(async ({ nuki, session, params }) => {
  await deletePin(nuki, session.accountId, lockIdParam(params.lockId), params.pinId);
  return Response.json({ requested: true }, { status: 202, headers: { "Cache-Control": "no-store" } });
});
