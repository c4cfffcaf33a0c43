import "server-only";
import { cookies } from "next/headers";
import { getGrants } from "@/lib/auth/grant-store";
import { getAuth, SESSION_COOKIE, type AuthSession } from "@/lib/auth/session";
import { NukiError } from "@/lib/nuki/errors";
import type { NukiClient } from "@/lib/nuki/client";
import { nukiForRequest } from "@/lib/nuki/read-cache";
import { ApiError, errorResponse } from "./errors";
import { assertSameOrigin } from "./origin";
import { chargeGeneratedCode, limitWrite } from "./rate-limit";

export interface RouteContext<P> {
  request: Request;
  params: P;
  session: AuthSession;
  nuki: NukiClient;
  /** Charges one generated code to this sign-in; throws once its budget is spent. */
  codeBudget: () => Promise<void>;
}

type Handler<P> = (ctx: RouteContext<P>) => Promise<Response | unknown>;

/**
 * Every JSON route goes through here: CSRF check on writes, the session (with token refresh), a
 * per-sign-in limit on writes, a Nuki client bound to the user's token with the account's shared
 * reads (coalesced, cached for a few seconds, bypassed by `Cache-Control: no-cache`), one mapping
 * from errors to responses, and a `Server-Timing` header with the time spent.
 */
export function apiRoute<P extends Record<string, string> = Record<string, never>>(handler: Handler<P>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const started = performance.now();
    let grantId: string | undefined;
    const write = !["GET", "HEAD", "OPTIONS"].includes(request.method);
    try {
      if (write) assertSameOrigin(request);
      const auth = await getAuth();
      if (auth.status === "expired") {
        throw new ApiError("session_expired", "Your Nuki sign-in has expired. Please sign in again.");
      }
      if (auth.status !== "signed-in") throw new ApiError("unauthorized", "Sign in to continue.");
      const { session } = auth;
      grantId = session.grantId;
      if (write) await limitWrite(grantId);
      const params = await context.params;
      const nuki = nukiForRequest(session, request.headers);
      const signedIn = grantId;
      const result = await handler({ request, params, session, nuki, codeBudget: () => chargeGeneratedCode(signedIn) });
      const timing = `app;dur=${(performance.now() - started).toFixed(1)}`;
      if (result instanceof Response) {
        try {
          // An answer about someone's locks is never for a shared cache, whatever the route returned.
          if (!result.headers.has("Cache-Control")) result.headers.set("Cache-Control", "no-store");
          result.headers.set("Server-Timing", timing);
        } catch {
          // immutable headers (a redirect): nothing here is for a cache to keep anyway
        }
        return result;
      }
      return Response.json(result, { headers: { "Cache-Control": "no-store", "Server-Timing": timing } });
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
