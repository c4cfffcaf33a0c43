import { ApiError } from "@/lib/api/errors";
import { isUuid } from "@/lib/validation/uuid";
import { apiRoute } from "@/lib/api/route";
import { env } from "@/lib/env/index.mjs";
import { stayContext } from "@/lib/server/stays/context";
import { listStayUsage } from "@/lib/server/stays/usage-service";
import { methodNotAllowed } from "@/lib/api/method";

/** Usage of the stays on now (of one property, or all), by stay id: one log read per lock, none for other stays. */
export const GET = apiRoute(async (route) => {
  const propertyId = new URL(route.request.url).searchParams.get("propertyId") ?? undefined;
  if (propertyId !== undefined && !isUuid(propertyId)) throw new ApiError("invalid_input", "propertyIdInvalid", "propertyId");
  const ctx = await stayContext(route);
  return listStayUsage(ctx, await ctx.stays.list(ctx.accountId, propertyId), env.noShowDelayMinutes);
});

const notAllowed = methodNotAllowed("GET");
export const POST = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
