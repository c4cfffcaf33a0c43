import { listEntries } from "@/lib/server/activity/entries";
import { parseEntryQuery } from "@/lib/server/activity/query";
import { entryLocks } from "@/lib/server/activity/service";
import { uuidParam } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { getProperty } from "@/lib/server/properties/service";
import { stayContext } from "@/lib/server/stays/context";
import { tieEntriesToStays } from "@/lib/stays/entries";
import { methodNotAllowed } from "@/lib/api/method";

/** Keypad entries of every door of a property, newest first, each with its lock and, for a stay's PIN, the guest. */
export const GET = apiRoute<{ propertyId: string }>(async (route) => {
  const id = uuidParam(route.params.propertyId, "property");
  const query = parseEntryQuery(new URL(route.request.url).searchParams);
  const ctx = await stayContext(route);
  const property = await getProperty(ctx, id);
  const [page, refs] = await Promise.all([
    entryLocks(ctx, property.lockIds).then((locks) => listEntries(ctx.nuki, locks, query)),
    ctx.stays.pinRefs(ctx.accountId),
  ]);
  return tieEntriesToStays(page, refs);
});

const notAllowed = methodNotAllowed("GET");
export const POST = notAllowed;
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
