"use server";

import "server-only";
import { cookies } from "next/headers";
import { getAuth } from "@/lib/auth/session";
import { rememberHostLocale } from "@/lib/server/pre-arrival/host-locale";
import { isLocale, LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE } from "@/lib/i18n/config";

/**
 * The header's language buttons post here. Setting the cookie in a server action re-renders the
 * page in the new language; Next checks the action's origin like every other write.
 */
// The cookie is set whatever happens to the database; only the kind of failure is logged.
const logFailure = (error: unknown) => console.error("host language:", error instanceof Error ? error.message : "unknown error");

export async function chooseLocale(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: LOCALE_COOKIE_MAX_AGE, sameSite: "lax", httpOnly: true });
  // A signed-in host's choice is kept for their account too: the pre-arrival e-mails are written in it.
  const auth = await getAuth().catch(() => null);
  if (auth?.status === "signed-in") await rememberHostLocale(auth.session.accountId, locale, { chosen: true }).catch(logFailure);
}
