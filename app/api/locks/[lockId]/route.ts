import { lockIdParam } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { getLock } from "@/lib/locks/service";

export const GET = apiRoute<{ lockId: string }>(({ nuki, params }) => getLock(nuki, lockIdParam(params.lockId)));
