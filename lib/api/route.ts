import "server-only";
import { cookies } from "next/headers";
import { getGrants } from "@/lib/auth/grant-store";
import { getAuth, SESSION_COOKIE, type AuthSession } from "@/lib/auth/session";
import { NukiError } from "@/lib/nuki/errors";
import { accountChanged } from "@/lib/process/account-changes";
import type { NukiClient } from "@/lib/nuki/client";
import { nukiForRequest } from "@/lib/nuki/read-cache";
import { requestLocale } from "@/lib/i18n/request-locale";
import { ApiError, errorResponse } from "./errors";
import { proveLockOwner, type LockProof } from "./lock-owner";
import { assertSameOrigin } from "./origin";
import { lockIdParam } from "./params";
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

type LockParams<Pin extends boolean> = Pin extends true ? { lockId: string; pinId: string } : { lockId: string };

/** A route under `/api/locks/[lockId]`: the wrapper owns the lock's id and the proof that it is the caller's. */
export interface LockRouteOptions<I, Pin extends boolean> {
  /** Which read proves the lock is the caller's: the one the route's service makes (see `LockProof`). */
  lock: LockProof;
  /** The path also names a PIN (`[pinId]`); the service looks it up among the proven lock's PINs only. */
  pin?: Pin;
  /**
   * Reads the query or body. It runs after the lock id is parsed and before the lock is looked up,
   * so bad input is answered 422 whoever's lock it names, and nothing reaches Nuki for it.
   */
  input?: (request: Request) => I | Promise<I>;
}

export interface LockRouteContext<P, I> extends RouteContext<P> {
  /** The lock named in the path, proven to be one of the caller's locks. */
  lockId: number;
  /** What `input` read (undefined without one). */
  input: I;
}

type RouteFunction<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

/**
 * Every JSON route goes through here: CSRF check on writes, the session (with token refresh), a
 * per-sign-in limit on writes, a Nuki client bound to the user's token with the account's shared
 * reads (coalesced, cached for a few seconds, bypassed by `Cache-Control: no-cache`), one mapping
 * from errors to responses, and a `Server-Timing` header with the time spent.
 *
 * A route that names a lock passes `{ lock }` first: the wrapper parses the lock id (404 for
 * anything that is not one), reads `input`, proves the lock is the caller's (404 otherwise), and
 * only then runs the handler with `lockId`.
 */
export function apiRoute<P extends Record<string, string> = Record<string, never>>(handler: Handler<P>): RouteFunction<P>;
export function apiRoute<I = undefined, Pin extends boolean = false>(
  options: LockRouteOptions<I, Pin>,
  handler: (ctx: LockRouteContext<LockParams<Pin>, I>) => Promise<Response | unknown>,
): RouteFunction<LockParams<Pin>>;
export function apiRoute(
  first: Handler<Record<string, string>> | LockRouteOptions<unknown, boolean>,
  lockHandler?: (ctx: LockRouteContext<{ lockId: string }, unknown>) => Promise<Response | unknown>,
): RouteFunction<Record<string, string>> {
  if (typeof first === "function") return wrap(first);
  const options = first;
  return wrap(async (route) => {
    const lockId = lockIdParam(route.params.lockId ?? "");
    const input = await options.input?.(route.request);
    await proveLockOwner(route.nuki, lockId, options.lock);
    return lockHandler!({ ...route, params: route.params as { lockId: string }, lockId, input });
  });
}

function wrap<P extends Record<string, string>>(handler: Handler<P>): RouteFunction<P> {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const started = performance.now();
    let grantId: string | undefined;
    const write = !["GET", "HEAD", "OPTIONS"].includes(request.method);
    try {
      if (write) assertSameOrigin(request);
      const auth = await getAuth();
      if (auth.status === "expired") {
        throw new ApiError("session_expired", "sessionExpired");
      }
      if (auth.status !== "signed-in") throw new ApiError("unauthorized", "signIn");
      const { session } = auth;
      grantId = session.grantId;
      if (write) await limitWrite(grantId);
      const params = await context.params;
      const nuki = nukiForRequest(session, request.headers);
      const signedIn = grantId;
      const result = await handler({ request, params, session, nuki, codeBudget: () => chargeGeneratedCode(signedIn) }).finally(() => {
        if (write) accountChanged(session.accountId);
      });
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
      return errorResponse(error, requestLocale(request));
    }
  };
}
