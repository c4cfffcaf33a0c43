import "server-only";
import { cookies } from "next/headers";
import { getGrants } from "@/lib/auth/grant-store";
import { getAuth, SESSION_COOKIE, type AuthSession } from "@/lib/auth/session";
import { NukiError } from "@/lib/nuki/errors";
import { createNukiClient, type NukiClient } from "@/lib/nuki/client";
import { ApiError, errorResponse } from "./errors";
import { assertSameOrigin } from "./origin";
import { limitWrite, withSignIn } from "./rate-limit";

export interface RouteContext<P> {
  request: Request;
  params: P;
  session: AuthSession;
  nuki: NukiClient;
}

type Handler<P> = (ctx: RouteContext<P>) => Promise<Response | unknown>;

/**
 * Every JSON route goes through here: CSRF check on writes, the session (with token refresh), a
 * per-sign-in limit on writes, a Nuki client bound to the user's token, and one mapping from errors
 * to responses.
 */
export function apiRoute<P extends Record<string, string> = Record<string, never>>(handler: Handler<P>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    let grantId: string | undefined;
    const write = !["GET", "HEAD", "OPTIONS"].includes(request.method);
    try {
      if (write) assertSameOrigin(request);
      const auth = await getAuth();
      if (auth.status === "expired") {
        throw new ApiError(401, "session_expired", "Your Nuki sign-in has expired. Please sign in again.");
      }
      if (auth.status !== "signed-in") throw new ApiError(401, "unauthorized", "Sign in to continue.");
      const { session } = auth;
      grantId = session.grantId;
      if (write) limitWrite(grantId);
      const params = await context.params;
      const result = await withSignIn(grantId, () => handler({ request, params, session, nuki: createNukiClient(session.accessToken) }));
      if (result instanceof Response) return result;
      return Response.json(result, { headers: { "Cache-Control": "no-store" } });
    } catch (error) {
      // Nuki no longer accepts the token: end the session so sign-in starts clean, never a loop.
      if (error instanceof NukiError && error.kind === "unauthorized") {
        (await cookies()).delete(SESSION_COOKIE);
        if (grantId) await (await getGrants()).fail(grantId);
      }
      return errorResponse(error);
    }
  };
}
