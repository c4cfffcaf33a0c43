import { z } from "zod";
import { readJson } from "@/lib/api/body";
import { lockIdParam } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { pinContext } from "@/lib/pins/context";
import { lockSettings, saveLockSettings } from "@/lib/pins/service";

const settingsSchema = z.strictObject({ autoRepair: z.boolean({ error: "autoRepair must be true or false" }) });

export const GET = apiRoute<{ lockId: string }>(async (route) => {
  const lockId = lockIdParam(route.params.lockId);
  await route.nuki.getLock(lockId);
  return lockSettings(await pinContext(route), lockId);
});

export const PATCH = apiRoute<{ lockId: string }>(async (route) => {
  const lockId = lockIdParam(route.params.lockId);
  const settings = await readJson(route.request, settingsSchema);
  await route.nuki.getLock(lockId);
  return saveLockSettings(await pinContext(route), lockId, settings);
});
