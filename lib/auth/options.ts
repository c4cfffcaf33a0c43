import type { NextAuthOptions } from "next-auth";
import { env } from "@/lib/env/index.mjs";
import { NukiProvider } from "./nuki-provider";
import { ensureFreshToken } from "./refresh";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export const authOptions: NextAuthOptions = {
  secret: env.authSecret,
  providers: [NukiProvider()],
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/signin", error: "/signin" },
  callbacks: {
    async jwt({ token, account }) {
      if (account) {
        return {
          ...token,
          accessToken: account.access_token,
          refreshToken: account.refresh_token,
          accessTokenExpires: account.expires_at ? account.expires_at * 1000 : Date.now() + 3600_000,
          error: undefined,
        };
      }
      return ensureFreshToken(token);
    },
    // The session the browser can read: who is signed in, never a token.
    async session({ session, token }) {
      return {
        expires: session.expires,
        user: { name: session.user?.name ?? null, email: session.user?.email ?? null },
        ...(token.error ? { error: token.error } : {}),
      };
    },
  },
};
