import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { LockList } from "@/components/locks/lock-list";
import { getAuth } from "@/lib/auth/session";
import { locksQueryOptions } from "@/lib/locks/queries";
import { listLocks } from "@/lib/server/locks/service";
import { nukiForRequest } from "@/lib/nuki/read-cache";
import { getQueryClient } from "@/lib/query/get-query-client";

export const metadata: Metadata = { title: "Locks" };

export default async function OverviewPage() {
  const queryClient = getQueryClient();
  const auth = await getAuth();
  if (auth.status === "signed-in") {
    // Two upstream calls whatever the fleet, shared with concurrent loads; the browser hydrates from this.
    const nuki = nukiForRequest(auth.session, await headers());
    await queryClient.prefetchQuery({ ...locksQueryOptions(), queryFn: () => listLocks(nuki) });
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
