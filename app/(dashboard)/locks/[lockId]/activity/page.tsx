import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LockActivity } from "@/components/locks/lock-activity";
import { getAuth } from "@/lib/auth/session";
import { lockKeys } from "@/lib/locks/queries";
import { getLock } from "@/lib/locks/service";
import { createNukiClient } from "@/lib/nuki/client";
import { NukiError } from "@/lib/nuki/errors";
import { parseLockId } from "@/lib/nuki/ids";
import { getQueryClient } from "@/lib/query/get-query-client";

export const metadata: Metadata = { title: "Activity" };

export default async function LockActivityPage({ params }: { params: Promise<{ lockId: string }> }) {
  const lockId = parseLockId((await params).lockId);
  if (lockId === null) notFound();
  const queryClient = getQueryClient();
  const auth = await getAuth();
  if (auth.status === "signed-in") {
    const nuki = createNukiClient(auth.session.accessToken);
    // The lock gives the heading and the zone times are shown in; the activity itself loads in the browser.
    const [lock] = await Promise.allSettled([
      queryClient.fetchQuery({ queryKey: lockKeys.detail(lockId), queryFn: () => getLock(nuki, lockId) }),
    ]);
    if (lock.status === "rejected" && lock.reason instanceof NukiError && lock.reason.kind === "not_found") notFound();
  }
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <LockActivity lockId={lockId} />
    </HydrationBoundary>
  );
}
