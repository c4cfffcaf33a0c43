import { readJson } from "@/lib/api/body";
import { uuidParam } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { sendMessageSchema } from "@/lib/messages/schema";
import { assertMailEnabled, messageView, sendGuestMessage } from "@/lib/server/messages/send";
import { messageForStay } from "@/lib/server/messages/stay-message";
import { backupContext } from "@/lib/server/backup-codes/context";
import { methodNotAllowed } from "@/lib/api/method";

type Params = { stayId: string };

/** The same answers as a PIN's message route, for the whole stay: every door, one code. */
export const GET = apiRoute<Params>(async (route) => messageView(await messageForStay(await backupContext(route), uuidParam(route.params.stayId, "stay"))));

export const POST = apiRoute<Params>(async (route) => {
  const stayId = uuidParam(route.params.stayId, "stay");
  // Before anything else, so a Keyhost without SMTP never looks up a stay for nothing.
  assertMailEnabled();
  const input = await readJson(route.request, sendMessageSchema);
  await sendGuestMessage(await messageForStay(await backupContext(route), stayId), input);
  return Response.json({ sent: true }, { status: 202 });
});

const notAllowed = methodNotAllowed("GET", "POST");
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
