import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { lockIdParam } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { pinContext } from "@/lib/server/pins/context";
import { lockActivity } from "@/lib/server/pins/service";
import { methodNotAllowed } from "@/lib/api/method";

const limitSchema = z.coerce.number().int().min(1).max(200).default(50);

export const GET = apiRoute<{ lockId: string }>(async (route) => {
  const lockId = lockIdParam(route.params.lockId);
  const limit = limitSchema.safeParse(new URL(route.request.url).searchParams.get("limit") ?? undefined);
  if (!limit.success) throw new ApiError("invalid_input", "limit must be a whole number from 1 to 200.", "limit");
  await route.nuki.getLock(lockId); // the lock must be the user's, as for every other lock route
  return lockActivity(await pinContext(route), lockId, limit.data);
});

const notAllowed = methodNotAllowed("GET");
export const POST = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
