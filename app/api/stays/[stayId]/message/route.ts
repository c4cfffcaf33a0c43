import { readJson } from "@/lib/api/body";
import { uuidParam } from "@/lib/api/params";
import { apiRoute, type RouteContext } from "@/lib/api/route";
import { getDb } from "@/lib/db";
import { DomainError } from "@/lib/errors/domain-error";
import { requestLocale } from "@/lib/i18n/request-locale";
import { parseMessageQuery, sendMessageSchema, stayLanguageSchema } from "@/lib/messages/schema";
import { assertMailEnabled, messageView, sendGuestMessage } from "@/lib/server/messages/send";
import { createStayLanguageStore } from "@/lib/server/messages/stay-language";
import { messageForStay } from "@/lib/server/messages/stay-message";
import { backupContext } from "@/lib/server/backup-codes/context";
import { methodNotAllowed } from "@/lib/api/method";
import type { Locale } from "@/lib/i18n/config";

type Params = { stayId: string };

/** The stay's message in `language` (else the one remembered on the stay, else the property's); reasons in the host's language. */
async function prepare(route: RouteContext<Params>, stayId: string, language: Locale | undefined) {
  const ctx = { ...(await backupContext(route)), languages: createStayLanguageStore(await getDb()) };
  return { ctx, message: await messageForStay(ctx, stayId, { language, hostLocale: requestLocale(route.request) }) };
}

/** The same answers as a PIN's message route, for the whole stay: every door, one code. `?language=de` shows it in German. */
export const GET = apiRoute<Params>(async (route) => {
  const stayId = uuidParam(route.params.stayId, "stay");
  const { language } = parseMessageQuery(new URL(route.request.url).searchParams);
  return messageView((await prepare(route, stayId, language)).message);
});

export const POST = apiRoute<Params>(async (route) => {
  const stayId = uuidParam(route.params.stayId, "stay");
  // Before anything else, so a Keyhost without SMTP never looks up a stay for nothing.
  assertMailEnabled();
  const input = await readJson(route.request, sendMessageSchema);
  await sendGuestMessage((await prepare(route, stayId, input.language)).message, input);
  return Response.json({ sent: true }, { status: 202 });
});

/**
 * `{ language }`: the language this stay's guest gets their message in, remembered on the stay;
 * answers the message in it. The stay is looked up before the body is read, so a stay that is not
 * the caller's is 404 whatever the body.
 */
export const PATCH = apiRoute<Params>(async (route) => {
  const stayId = uuidParam(route.params.stayId, "stay");
  const languages = createStayLanguageStore(await getDb());
  if (!(await languages.exists(route.session.accountId, stayId))) throw new DomainError("not_found", "noSuchStay");
  const { language } = await readJson(route.request, stayLanguageSchema);
  const { ctx, message } = await prepare(route, stayId, language);
  await ctx.languages.set(ctx.accountId, stayId, language);
  return messageView(message);
});

const notAllowed = methodNotAllowed("GET", "POST", "PATCH");
export const PUT = notAllowed;
export const DELETE = notAllowed;
