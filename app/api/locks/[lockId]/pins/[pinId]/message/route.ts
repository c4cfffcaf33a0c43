import { readJson } from "@/lib/api/body";
import { lockIdParam } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { messageForPin } from "@/lib/messages/pin-message";
import { sendMessageSchema } from "@/lib/messages/schema";
import { assertMailEnabled, messageView, sendGuestMessage } from "@/lib/messages/send";
import { pinContext } from "@/lib/pins/context";
import { methodNotAllowed } from "@/lib/api/method";

type Params = { lockId: string; pinId: string };

export const GET = apiRoute<Params>(async (route) =>
  messageView(await messageForPin(await pinContext(route), lockIdParam(route.params.lockId), route.params.pinId)),
);

export const POST = apiRoute<Params>(async (route) => {
  const lockId = lockIdParam(route.params.lockId);
  // Before anything else, so a Keyhost without SMTP never looks up a PIN for nothing.
  assertMailEnabled();
  const input = await readJson(route.request, sendMessageSchema);
  const message = await messageForPin(await pinContext(route), lockId, route.params.pinId);
  await sendGuestMessage(message, input);
  return Response.json({ sent: true }, { status: 202, headers: { "Cache-Control": "no-store" } });
});

const notAllowed = methodNotAllowed("GET", "POST");
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
