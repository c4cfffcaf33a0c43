import "server-only";
import { getLocale } from "next-intl/server";
import type { AuthSession } from "@/lib/auth/session";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { requestLocale } from "@/lib/i18n/request-locale";
import { getWorld } from "@/lib/server/world";
import type { NukiClient } from "@/lib/nuki/client";
import type { PinContext } from "./service";

/** The request's language: an API route's from its request, a page's as next-intl decided it. */
async function localeOf(request: Pick<Request, "headers"> | undefined): Promise<Locale | undefined> {
  if (request) return requestLocale(request);
  const locale = await getLocale().catch(() => undefined);
  return isLocale(locale) ? locale : undefined;
}

/** The PIN service's context for a signed-in request, in the request's language. */
export async function pinContext({ nuki, session, codeBudget, request }: { nuki: NukiClient; session: AuthSession; codeBudget?: () => Promise<void>; request?: Pick<Request, "headers"> }): Promise<PinContext> {
  const { engine, ledger } = await getWorld();
  return { nuki, accountId: session.accountId, actor: session.name ?? session.email ?? "Host", engine, ledger, codeBudget, locale: await localeOf(request) };
}
