import { apiRoute } from "@/lib/api/route";
import { cleanupAccount } from "@/lib/server/pins/cleanup";
import { pinContext } from "@/lib/server/pins/context";
import { methodNotAllowed } from "@/lib/api/method";

/** "Delete expired PINs" across every lock of the account. */
export const POST = apiRoute(async (route) => {
  const result = await cleanupAccount(await pinContext(route));
  return Response.json(result, { status: 202 });
});

const notAllowed = methodNotAllowed("POST");
export const GET = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
