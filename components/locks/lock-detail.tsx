"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { Callout } from "@/components/ui/callout";
import { QueryError } from "@/components/ui/query-error";
import { Skeleton } from "@/components/ui/skeleton";
import { ApiClientError } from "@/lib/api/client";
import { lockQueryOptions } from "@/lib/locks/queries";
import { PinList } from "@/components/pins/pin-list";
import { LockHeader } from "./lock-header";

export function LockDetail({ lockId }: { lockId: number }) {
  const { data: lock, error, isPending, refetch } = useQuery(lockQueryOptions(lockId));
  if (isPending) return <Skeleton className="h-32 w-full" />;
  if (error) {
    if (error instanceof ApiClientError && error.status === 404) {
      return (
        <Callout tone="warn" title="Lock not found">
          This lock is not in your Nuki account. <Link className="underline" href="/">Back to your locks</Link>
        </Callout>
      );
    }
    return <QueryError title="Could not load this lock" error={error} onRetry={() => void refetch()} />;
  }
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb">
        <Link href="/" className="inline-flex min-h-touch items-center text-sm text-indigo-700 hover:underline">
          ← All locks
        </Link>
      </nav>
      <LockHeader lock={lock} />
      <section aria-labelledby="pins-title" className="space-y-3">
        <h2 id="pins-title" className="text-lg font-semibold">Keypad PINs</h2>
        <PinList lock={lock} />
      </section>
    </div>
  );
}
