import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LockDetail } from "@/components/locks/lock-detail";
import { getAuth } from "@/lib/auth/session";
import { lockKeys } from "@/lib/locks/queries";
import { getLock } from "@/lib/locks/service";
import { createNukiClient } from "@/lib/nuki/client";
import { NukiError } from "@/lib/nuki/errors";
import { parseLockId } from "@/lib/nuki/ids";
import { pinKeys } from "@/lib/pins/queries";
import { pinContext } from "@/lib/pins/context";
import { listPins } from "@/lib/pins/service";
import { getQueryClient } from "@/lib/query/get-query-client";

export const metadata: Metadata = { title: "Lock" };

export default async function LockPage({ params }: { params: Promise<{ lockId: string }> }) {
  const lockId = parseLockId((await params).lockId);
  if (lockId === null) notFound();
  const queryClient = getQueryClient();
  const auth = await getAuth();
  if (auth.status === "signed-in") {
    const nuki = createNukiClient(auth.session.accessToken);
    const [lock] = await Promise.allSettled([
      queryClient.fetchQuery({ queryKey: lockKeys.detail(lockId), queryFn: () => getLock(nuki, lockId) }),
      queryClient.prefetchQuery({ queryKey: pinKeys.list(lockId), queryFn: async () => listPins(await pinContext({ nuki, session: auth.session }), lockId) }),
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
