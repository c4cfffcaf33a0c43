import { lockIdParam } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { getLock } from "@/lib/server/locks/service";
import { methodNotAllowed } from "@/lib/api/method";

export const GET = apiRoute<{ lockId: string }>(({ nuki, params }) => getLock(nuki, lockIdParam(params.lockId)));

const notAllowed = methodNotAllowed("GET");
export const POST = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
