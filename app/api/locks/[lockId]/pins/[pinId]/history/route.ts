import { lockIdParam } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { pinContext } from "@/lib/pins/context";
import { pinHistory } from "@/lib/pins/service";

export const GET = apiRoute<{ lockId: string; pinId: string }>(async (route) =>
  pinHistory(await pinContext(route), lockIdParam(route.params.lockId), route.params.pinId),
);
