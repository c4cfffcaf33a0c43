import { uuidParam } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { env } from "@/lib/env/index.mjs";
import { stayContext } from "@/lib/server/stays/context";
import { getStayUsage } from "@/lib/server/stays/usage-service";
import { methodNotAllowed } from "@/lib/api/method";

/** First and last use of the stay's code across its doors, and whether the guest has not come in yet. */
export const GET = apiRoute<{ stayId: string }>(async (route) =>
  getStayUsage(await stayContext(route), uuidParam(route.params.stayId, "stay"), env.noShowDelayMinutes),
);

const notAllowed = methodNotAllowed("GET");
export const POST = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
