import "server-only";
import type { QueryClient } from "@tanstack/react-query";
import { notFound } from "next/navigation";
import { getAuth, type AuthSession } from "@/lib/auth/session";
import type { NukiClient } from "@/lib/nuki/client";
import { NukiError } from "@/lib/nuki/errors";
import { nukiForRender } from "@/lib/server/nuki-for-render";
import { getQueryClient } from "@/lib/query/get-query-client";
import { lockQueryOptions } from "@/lib/locks/queries";
import { getLock } from "./service";

type Extra = (ctx: { queryClient: QueryClient; nuki: NukiClient; session: AuthSession }) => Promise<unknown>;

/**
 * What a lock's pages need for the first paint, fetched on the server for the browser to hydrate
 * from: the lock (its name and zone), plus whatever `extra` prefetches alongside it. A lock that is
 * not in the account is a 404 page; any other failure still renders, and the client shows the
 * error with a retry.
 */
export async function prefetchLockPage(lockId: number, extra?: Extra): Promise<QueryClient> {
  const queryClient = getQueryClient();
  const auth = await getAuth();
  if (auth.status !== "signed-in") return queryClient;
  const nuki = await nukiForRender(auth.session);
  const [lock] = await Promise.allSettled([
    queryClient.fetchQuery({ ...lockQueryOptions(lockId), queryFn: () => getLock(nuki, lockId) }),
    extra?.({ queryClient, nuki, session: auth.session }),
  ]);
  if (lock.status === "rejected" && lock.reason instanceof NukiError && lock.reason.kind === "not_found") notFound();
  return queryClient;
}
