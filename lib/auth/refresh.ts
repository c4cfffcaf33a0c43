import "server-only";
import { z } from "zod";
import { env } from "@/lib/env/index.mjs";
import type { Rotation } from "./grants";

/** Remember a rotation briefly: requests that raced with it still carry the old refresh token. */
const ROTATION_MEMORY_MS = 60_000;

const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  expires_in: z.coerce.number().positive().optional(),
  refresh_token: z.string().min(1).optional(),
});

const rotations = new Map<string, Promise<Rotation>>();

async function requestRefresh(refreshToken: string, now: () => number): Promise<Rotation> {
  const response = await fetch(`${env.nukiApiUrl}/oauth/token`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
    body: new URLSearchParams({
      grant_type: "refresh_token",
      refresh_token: refreshToken,
      client_id: env.nukiClientId,
      client_secret: env.nukiClientSecret,
    }),
    cache: "no-store",
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`token refresh answered ${response.status}`);
  const body = tokenResponseSchema.parse(await response.json());
  return {
    accessToken: body.access_token,
    // Nuki may omit a new refresh token; the old one then stays valid.
    refreshToken: body.refresh_token ?? refreshToken,
    accessTokenExpires: now() + (body.expires_in ?? 3600) * 1000,
  };
}

/** One refresh per refresh token at a time in this process: rotation makes a second one fail. */
export function rotate(refreshToken: string, now: () => number = Date.now): Promise<Rotation> {
  let pending = rotations.get(refreshToken);
  if (!pending) {
    pending = requestRefresh(refreshToken, now);
    rotations.set(refreshToken, pending);
    const forget = () => setTimeout(() => rotations.delete(refreshToken), ROTATION_MEMORY_MS).unref?.();
    pending.then(forget, () => rotations.delete(refreshToken));
  }
  return pending;
}
