import { apiRoute } from "@/lib/api/route";
import { env } from "@/lib/env/index.mjs";
import { stayContext } from "@/lib/stays/context";
import { uuidParam } from "@/lib/stays/params";
import { getStayUsage } from "@/lib/stays/usage-service";

/** First and last use of the stay's code across its doors, and whether the guest has not come in yet. */
export const GET = apiRoute<{ stayId: string }>(async (route) =>
  getStayUsage(await stayContext(route), uuidParam(route.params.stayId, "stay"), env.noShowDelayMinutes),
);
