import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method";

export const POST = apiRoute({ lock: "lock" }, async ({ nuki, lockId }) => {
  await nuki.syncLock(lockId);
  return Response.json({ requested: true }, { status: 202 });
});

const notAllowed = methodNotAllowed("POST");
export const GET = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
