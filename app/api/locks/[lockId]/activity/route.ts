import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/route";
import { pinContext } from "@/lib/server/pins/context";
import { lockActivity } from "@/lib/server/pins/service";
import { methodNotAllowed } from "@/lib/api/method";

const limitSchema = z.coerce.number().int().min(1).max(200).default(50);

function readLimit(request: Request): number {
  const limit = limitSchema.safeParse(new URL(request.url).searchParams.get("limit") ?? undefined);
  if (!limit.success) throw new ApiError("invalid_input", "limitRange", "limit", undefined, { max: 200 });
  return limit.data;
}

export const GET = apiRoute({ lock: "lock", input: readLimit }, async (route) => lockActivity(await pinContext(route), route.lockId, route.input));

const notAllowed = methodNotAllowed("GET");
export const POST = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
