import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { LockActivity } from "@/components/locks/lock-activity";
import { prefetchLockPage } from "@/lib/server/locks/prefetch";
import { parseLockId } from "@/lib/nuki/ids";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("locks"))("activityTitle") };
}

export default async function LockActivityPage({ params }: { params: Promise<{ lockId: string }> }) {
  const lockId = parseLockId((await params).lockId);
  if (lockId === null) notFound();
  // The lock gives the heading and the zone times are shown in; the activity itself loads in the browser.
  const queryClient = await prefetchLockPage(lockId);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <LockActivity lockId={lockId} />
    </HydrationBoundary>
  );
}
