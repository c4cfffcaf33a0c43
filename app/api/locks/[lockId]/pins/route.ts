import { readJson } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/route";
import { pinContext } from "@/lib/server/pins/context";
import { pinCreateSchema } from "@/lib/pins/schema";
import { createPin } from "@/lib/server/pins/service";
import { listLockPins } from "@/lib/server/backup-codes/lock-pins";
import { backupContext } from "@/lib/server/backup-codes/context";
import { methodNotAllowed } from "@/lib/api/method";

export const GET = apiRoute({ lock: "codes" }, async (route) => listLockPins(await backupContext(route), route.lockId));

export const POST = apiRoute({ lock: "codes", input: (request) => readJson(request, pinCreateSchema) }, async (route) => {
  const pin = await createPin(await pinContext(route), route.lockId, route.input);
  return Response.json(pin, { status: 202 });
});

const notAllowed = methodNotAllowed("GET", "POST");
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
