import "server-only";
import { cookies } from "next/headers";
import { decode, encode, type JWT } from "next-auth/jwt";
import { env } from "@/lib/env/index.mjs";
import { SESSION_MAX_AGE_SECONDS } from "./options";
import { ensureFreshToken, needsRefresh } from "./refresh";

const secureCookies = env.appUrl.startsWith("https://");
/** next-auth's own cookie name, so the session it writes is the one read here. */
export const SESSION_COOKIE = `${secureCookies ? "__Secure-" : ""}next-auth.session-token`;

export interface AuthSession {
  accountId: string;
  name: string | null;
  email: string | null;
  /** Server-side only: never serialise this into a response or a page. */
  accessToken: string;
}

export type AuthResult =
  | { status: "signed-in"; session: AuthSession }
  | { status: "signed-out" }
  /** The Nuki token could not be refreshed: the user must sign in again. */
  | { status: "expired" }
  /** Valid session, but its access token needs a refresh this context cannot save. */
  | { status: "stale"; name: string | null };

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

async function persist(store: CookieStore, token: JWT) {
  const value = await encode({ token, secret: env.authSecret, maxAge: SESSION_MAX_AGE_SECONDS });
  store.set(SESSION_COOKIE, value, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: secureCookies,
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
}

/**
 * Reads the encrypted next-auth session cookie on the server. With `refresh`, an access token
 * close to expiry is rotated and the new cookie is written: only route handlers may do that, since
 * server components cannot set cookies and a rotated refresh token must never be dropped.
 */
export async function getAuth({ refresh }: { refresh: boolean }): Promise<AuthResult> {
  const store = await cookies();
  const raw = readSessionCookie(store);
  if (!raw) return { status: "signed-out" };
  const token = await decode({ token: raw, secret: env.authSecret }).catch(() => null);
  if (!token?.accessToken || !token.sub) return { status: "signed-out" };
  if (token.error) return { status: "expired" };
  let current = token;
  if (needsRefresh(token)) {
    if (!refresh) return { status: "stale", name: token.name ?? null };
    current = await ensureFreshToken(token);
    await persist(store, current);
    if (current.error || !current.accessToken) return { status: "expired" };
  }
  return {
    status: "signed-in",
    session: {
      accountId: token.sub,
      name: token.name ?? null,
      email: token.email ?? null,
      accessToken: current.accessToken as string,
    },
  };
}
