import "server-only";
import type { AuthSession } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { requestLocale } from "@/lib/i18n/request-locale";
import type { NukiClient } from "@/lib/nuki/client";
import { pinContext } from "@/lib/server/pins/context";
import { createPropertyStore } from "@/lib/server/properties/store";
import type { StayContext } from "./service";
import { createStayStore } from "./store";
import { createCheckStore } from "@/lib/server/checks/store";

/** The stay (and property) services' context for a signed-in request, in the request's language. */
export async function stayContext(route: { nuki: NukiClient; session: AuthSession; codeBudget?: () => Promise<void>; request?: Pick<Request, "headers"> }): Promise<StayContext> {
  const db = await getDb();
  const locale = route.request ? { locale: requestLocale(route.request) } : {};
  return { ...(await pinContext(route)), properties: createPropertyStore(db), stays: createStayStore(db), checks: createCheckStore(db), ...locale };
}
