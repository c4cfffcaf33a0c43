import { readJson } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/route";
import { getDb } from "@/lib/db";
import { createCleanupSettings } from "@/lib/server/pins/cleanup-settings";
import { lockSettingsPatchSchema } from "@/lib/pins/settings-schema";
import { pinContext } from "@/lib/server/pins/context";
import { lockSettings, saveLockSettings, type PinContext } from "@/lib/server/pins/service";
import type { LockSettings } from "@/lib/pins/types";
import { methodNotAllowed } from "@/lib/api/method";

async function current(ctx: PinContext, lockId: number): Promise<Required<LockSettings>> {
  const cleanup = createCleanupSettings(await getDb());
  const [base, cleanupAfterDays] = await Promise.all([lockSettings(ctx, lockId), cleanup.get(ctx.accountId, lockId)]);
  return { ...base, cleanupAfterDays };
}

export const GET = apiRoute({ lock: "lock" }, async (route) => current(await pinContext(route), route.lockId));

export const PATCH = apiRoute({ lock: "lock", input: (request) => readJson(request, lockSettingsPatchSchema) }, async (route) => {
  const { lockId, input: patch } = route;
  const ctx = await pinContext(route);
  if (patch.autoRepair !== undefined) await saveLockSettings(ctx, lockId, { autoRepair: patch.autoRepair });
  if (patch.cleanupAfterDays !== undefined) await createCleanupSettings(await getDb()).save(ctx.accountId, lockId, patch.cleanupAfterDays);
  return current(ctx, lockId);
});

const notAllowed = methodNotAllowed("GET", "PATCH");
export const POST = notAllowed;
export const PUT = notAllowed;
export const DELETE = notAllowed;
