import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { LockDetail } from "@/components/locks/lock-detail";
import { getAuth } from "@/lib/auth/session";
import { lockQueryOptions } from "@/lib/locks/queries";
import { getLock } from "@/lib/locks/service";
import { NukiError } from "@/lib/nuki/errors";
import { parseLockId } from "@/lib/nuki/ids";
import { nukiForAccount, wantsFresh } from "@/lib/nuki/read-cache";
import { pinContext } from "@/lib/pins/context";
import { pinsQueryOptions } from "@/lib/pins/queries";
import { listPins } from "@/lib/pins/service";
import { getQueryClient } from "@/lib/query/get-query-client";

export const metadata: Metadata = { title: "Lock" };

export default async function LockPage({ params }: { params: Promise<{ lockId: string }> }) {
  const lockId = parseLockId((await params).lockId);
  if (lockId === null) notFound();
  const queryClient = getQueryClient();
  const auth = await getAuth();
  if (auth.status === "signed-in") {
    // The lock and its PINs need the same two reads; the shared reads make them one pair of calls
    // (none when the overview was just loaded), and the browser hydrates from both.
    const nuki = nukiForAccount(auth.session.accessToken, auth.session.accountId, { fresh: wantsFresh(await headers()) });
    const [lock] = await Promise.allSettled([
      queryClient.fetchQuery({ ...lockQueryOptions(lockId), queryFn: () => getLock(nuki, lockId) }),
      queryClient.prefetchQuery({ ...pinsQueryOptions(lockId), queryFn: async () => listPins(await pinContext({ nuki, session: auth.session }), lockId) }),
    ]);
    if (lock.status === "rejected" && lock.reason instanceof NukiError && lock.reason.kind === "not_found") notFound();
    // Any other failure: the page still renders and the client shows the error with a retry.
  }
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <LockDetail lockId={lockId} />
    </HydrationBoundary>
  );
}
