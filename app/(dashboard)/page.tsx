import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { LockList } from "@/components/locks/lock-list";
import { getAuth } from "@/lib/auth/session";
import { lockKeys } from "@/lib/locks/queries";
import { listLocks } from "@/lib/locks/service";
import { createNukiClient } from "@/lib/nuki/client";
import { getQueryClient } from "@/lib/query/get-query-client";

export const metadata: Metadata = { title: "Locks" };

export default async function OverviewPage() {
  const queryClient = getQueryClient();
  const auth = await getAuth();
  if (auth.status === "signed-in") {
    const nuki = createNukiClient(auth.session.accessToken);
    await queryClient.prefetchQuery({ queryKey: lockKeys.list(), queryFn: () => listLocks(nuki) });
  }
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Your locks</h1>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <LockList />
      </HydrationBoundary>
    </>
  );
}
