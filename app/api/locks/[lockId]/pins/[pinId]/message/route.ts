import { readJson } from "@/lib/api/body";
import { lockIdParam } from "@/lib/api/params";
import { apiRoute, type RouteContext } from "@/lib/api/route";
import { messageForPin } from "@/lib/server/messages/pin-message";
import { sendMessageSchema } from "@/lib/messages/schema";
import { assertMailEnabled, messageView, sendGuestMessage } from "@/lib/server/messages/send";
import { methodNotAllowed } from "@/lib/api/method";
import { propertyOfLock } from "@/lib/properties/types";
import { stayContext } from "@/lib/server/stays/context";

type Params = { lockId: string; pinId: string };

/** A PIN on a property's door speaks with that property's template and name. */
async function prepare(route: RouteContext<Params>, lockId: number) {
  const ctx = await stayContext(route);
  const property = propertyOfLock(await ctx.properties.list(ctx.accountId), lockId);
  return messageForPin(ctx, lockId, route.params.pinId, property?.messageTemplate ?? null, property?.name);
}

export const GET = apiRoute<Params>(async (route) => messageView(await prepare(route, lockIdParam(route.params.lockId))));

export const POST = apiRoute<Params>(async (route) => {
  const lockId = lockIdParam(route.params.lockId);
  // Before anything else, so a Keyhost without SMTP never looks up a PIN for nothing.
  assertMailEnabled();
  const input = await readJson(route.request, sendMessageSchema);
  await sendGuestMessage(await prepare(route, lockId), input);
  return Response.json({ sent: true }, { status: 202 });
});

const notAllowed = methodNotAllowed("GET", "POST");
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
