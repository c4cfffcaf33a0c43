import "server-only";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { env } from "@/lib/env/index.mjs";
import { nukiAccountSchema, type NukiAccount } from "@/lib/nuki/schemas";

/** What Keyhost asks the user to grant: read locks, manage keypad codes, sync, read activity. */
export const NUKI_SCOPES = ["account", "smartlock", "smartlock.auth", "smartlock.action", "smartlock.log", "webhook.decentral"];

/** Nuki speaks plain OAuth 2 (no OpenID Connect): `/account` stands in for a userinfo endpoint. */
export function NukiProvider(): OAuthConfig<NukiAccount> {
  const base = env.nukiApiUrl;
  return {
    id: "nuki",
    name: "Nuki",
    type: "oauth",
    authorization: { url: `${base}/oauth/authorize`, params: { scope: NUKI_SCOPES.join(" ") } },
    token: `${base}/oauth/token`,
    userinfo: {
      url: `${base}/account`,
      async request({ tokens }) {
        const response = await fetch(`${base}/account`, {
          headers: { Authorization: `Bearer ${tokens.access_token}`, Accept: "application/json" },
          cache: "no-store",
        });
        if (!response.ok) throw new Error(`Nuki /account answered ${response.status}`);
        return nukiAccountSchema.parse(await response.json());
      },
    },
    clientId: env.nukiClientId,
    clientSecret: env.nukiClientSecret,
    client: { token_endpoint_auth_method: "client_secret_post" },
    checks: ["state"],
    profile(profile) {
      return { id: String(profile.accountId), name: profile.name, email: profile.email };
    },
  };
}
