import { apiRoute } from "@/lib/api/route";
import { getLock } from "@/lib/server/locks/service";
import { methodNotAllowed } from "@/lib/api/method";

export const GET = apiRoute({ lock: "codes" }, ({ nuki, lockId }) => getLock(nuki, lockId));

const notAllowed = methodNotAllowed("GET");
export const POST = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
