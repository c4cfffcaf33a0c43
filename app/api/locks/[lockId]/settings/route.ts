import { readJson } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/route";
import { lockSettingsPatchSchema } from "@/lib/pins/settings-schema";
import { pinContext } from "@/lib/server/pins/context";
import { lockSettings, saveLockSettings } from "@/lib/server/pins/service";
import { methodNotAllowed } from "@/lib/api/method";

export const GET = apiRoute({ lock: "lock" }, async (route) => lockSettings(await pinContext(route), route.lockId));

export const PATCH = apiRoute({ lock: "lock", input: (request) => readJson(request, lockSettingsPatchSchema) }, async (route) => {
  const ctx = await pinContext(route);
  await saveLockSettings(ctx, route.lockId, route.input);
  return lockSettings(ctx, route.lockId);
});

const notAllowed = methodNotAllowed("GET", "PATCH");
export const POST = notAllowed;
export const PUT = notAllowed;
export const DELETE = notAllowed;
