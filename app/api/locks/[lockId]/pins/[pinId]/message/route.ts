import { readJson } from "@/lib/api/body";
import { apiRoute, type LockRouteContext } from "@/lib/api/route";
import type { Locale } from "@/lib/i18n/config";
import { requestLocale } from "@/lib/i18n/request-locale";
import { messageForPin } from "@/lib/server/messages/pin-message";
import { parseMessageQuery, sendMessageSchema } from "@/lib/messages/schema";
import { assertMailEnabled, messageView, sendGuestMessage } from "@/lib/server/messages/send";
import { methodNotAllowed } from "@/lib/api/method";
import { propertyOfLock } from "@/lib/properties/types";
import { stayContext } from "@/lib/server/stays/context";

/**
 * A PIN on a property's door speaks with that property's template and name, in the language asked
 * for, else the property's message language; a PIN on no property in the host's language.
 */
async function prepare(route: LockRouteContext<{ lockId: string; pinId: string }, unknown>, language: Locale | undefined) {
  const ctx = await stayContext(route);
  const property = propertyOfLock(await ctx.properties.list(ctx.accountId), route.lockId);
  return messageForPin(ctx, route.lockId, route.params.pinId, { property, language, hostLocale: requestLocale(route.request) });
}

/** `?language=de` shows the message in German; a language Keyhost does not write is 422 on `language`. */
export const GET = apiRoute({ lock: "codes", pin: true, input: (request) => parseMessageQuery(new URL(request.url).searchParams) }, async (route) =>
  messageView(await prepare(route, route.input.language)),
);

/** Whether mail is set up comes first, so a Keyhost without SMTP never looks up a PIN for nothing. */
async function readMessage(request: Request) {
  assertMailEnabled();
  return readJson(request, sendMessageSchema);
}

export const POST = apiRoute({ lock: "codes", pin: true, input: readMessage }, async (route) => {
  await sendGuestMessage(await prepare(route, route.input.language), route.input);
  return Response.json({ sent: true }, { status: 202 });
});

const notAllowed = methodNotAllowed("GET", "POST");
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;
