import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { decode } from "next-auth/jwt";
import { env } from "@/lib/env/index.mjs";
import { getGrants } from "./grant-store";

const secureCookies = env.appUrl.startsWith("https://");
/** next-auth's own cookie name, so the session it writes is the one read here. */
export const SESSION_COOKIE = `${secureCookies ? "__Secure-" : ""}next-auth.session-token`;

export interface AuthSession {
  accountId: string;
  grantId: string;
  name: string | null;
  email: string | null;
  /** Server-side only: never serialise this into a response or a page. */
  accessToken: string;
}

export type AuthResult =
  | { status: "signed-in"; session: AuthSession }
  | { status: "signed-out" }
  /** The Nuki token could not be refreshed: the user must sign in again. */
  | { status: "expired" };

type CookieStore = Awaited<ReturnType<typeof cookies>>;

/** next-auth splits large cookies into `name.0`, `name.1`, …; join them back. */
function readSessionCookie(store: CookieStore): string | undefined {
  const whole = store.get(SESSION_COOKIE)?.value;
  if (whole) return whole;
  const chunks = store
    .getAll()
    .filter((c) => c.name.startsWith(`${SESSION_COOKIE}.`))
    .sort((a, b) => Number(a.name.split(".").pop()) - Number(b.name.split(".").pop()));
  return chunks.length ? chunks.map((c) => c.value).join("") : undefined;
}

/**
 * The signed-in user and a fresh Nuki access token. The encrypted cookie holds only the id of the
 * sign-in; its tokens live sealed in the database, so any page or route may rotate them. Once per
 * server render: the layout and the page both ask, and the second gets the first's answer.
 */
export const getAuth = cache(async (): Promise<AuthResult> => {
  const raw = readSessionCookie(await cookies());
  if (!raw) return { status: "signed-out" };
  const token = await decode({ token: raw, secret: env.authSecret }).catch(() => null);
  if (!token?.grantId || !token.sub) return { status: "signed-out" };
  const grant = await (await getGrants()).access(token.grantId);
  if (grant.status === "missing") return { status: "signed-out" };
  if (grant.status === "expired") return { status: "expired" };
  return {
    status: "signed-in",
    session: { accountId: grant.accountId, grantId: token.grantId, name: grant.name, email: grant.email, accessToken: grant.accessToken },
  };
});
