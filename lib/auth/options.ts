import "server-only";
import type { NextAuthOptions } from "next-auth";
import { env } from "@/lib/env/index.mjs";
import { getGrants } from "./grant-store";
import { getDb } from "@/lib/db";
import { ensureWebhook } from "@/lib/webhooks/register";
import { createNukiClient } from "@/lib/nuki/client";
import { NukiProvider } from "./nuki-provider";

/** Once a user has signed in there is a token to register the app's webhook with. */
async function registerWebhook(accessToken: string) {
  try {
    await ensureWebhook(await getDb(), createNukiClient(accessToken), env.publicUrl!, env.authSecret);
  } catch (error) {
    console.error("webhook registration failed:", error instanceof Error ? error.message : "unknown error");
  }
}

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export const authOptions: NextAuthOptions = {
  secret: env.authSecret,
  providers: [NukiProvider()],
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/signin", error: "/signin" },
  callbacks: {
    async jwt({ token, account }) {
      if (!account?.access_token || !token.sub) return token;
      const grantId = await (await getGrants()).create({
        accountId: token.sub,
        name: token.name ?? null,
        email: token.email ?? null,
        accessToken: account.access_token,
        refreshToken: account.refresh_token ?? null,
        accessTokenExpires: account.expires_at ? account.expires_at * 1000 : Date.now() + 3600_000,
      });
      if (env.publicUrl) void registerWebhook(account.access_token);
      return { sub: token.sub, name: token.name, email: token.email, grantId };
    },
    // The session the browser can read: who is signed in, never a token.
    async session({ session }) {
      return { expires: session.expires, user: { name: session.user?.name ?? null, email: session.user?.email ?? null } };
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.grantId) await (await getGrants()).revoke(token.grantId);
    },
  },
};
