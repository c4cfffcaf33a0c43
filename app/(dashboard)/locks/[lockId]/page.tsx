import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { LockDetail } from "@/components/locks/lock-detail";
import { prefetchLockPage } from "@/lib/server/locks/prefetch";
import { parseLockId } from "@/lib/nuki/ids";
import { backupContext } from "@/lib/server/backup-codes/context";
import { pinsQueryOptions } from "@/lib/pins/queries";
import { listLockPins } from "@/lib/server/backup-codes/lock-pins";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("locks"))("lockTitle") };
}

export default async function LockPage({ params }: { params: Promise<{ lockId: string }> }) {
  const lockId = parseLockId((await params).lockId);
  if (lockId === null) notFound();
  // The lock and its PINs need the same two reads; the shared reads make them one pair of calls
  // (none when the overview was just loaded).
  const queryClient = await prefetchLockPage(lockId, ({ queryClient, nuki, session }) =>
    queryClient.prefetchQuery({ ...pinsQueryOptions(lockId), queryFn: async () => listLockPins(await backupContext({ nuki, session }), lockId) }),
  );
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <LockDetail lockId={lockId} />
    </HydrationBoundary>
  );
}
