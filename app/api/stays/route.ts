import { readJson } from "@/lib/api/body";
import { ApiError } from "@/lib/api/errors";
import { isUuid } from "@/lib/validation/uuid";
import { apiRoute } from "@/lib/api/route";
import { stayContext } from "@/lib/server/stays/context";
import { stayCreateSchema } from "@/lib/stays/schema";
import { createStay, listStays } from "@/lib/server/stays/service";
import { methodNotAllowed } from "@/lib/api/method";

export const GET = apiRoute(async (route) => {
  const propertyId = new URL(route.request.url).searchParams.get("propertyId") ?? undefined;
  if (propertyId !== undefined && !isUuid(propertyId)) throw new ApiError("invalid_input", "propertyIdInvalid", "propertyId");
  return listStays(await stayContext(route), propertyId, { checks: true });
});

export const POST = apiRoute(async (route) => {
  const input = await readJson(route.request, stayCreateSchema);
  const stay = await createStay(await stayContext(route), input);
  return Response.json(stay, { status: 202 });
});

const notAllowed = methodNotAllowed("GET", "POST");
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
