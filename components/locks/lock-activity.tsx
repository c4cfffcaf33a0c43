"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { Callout } from "@/components/ui/callout";
import { LockNotFound } from "./lock-not-found";
import { QueryError } from "@/components/ui/query-error";
import { Skeleton } from "@/components/ui/skeleton";
import { DoorEntries } from "@/components/activity/door-entries";
import { PinEventItem } from "@/components/pins/pin-event-item";
import { ApiClientError } from "@/lib/api/client";
import { lockQueryOptions } from "@/lib/locks/queries";
import { ACTIVITY_LIMIT, lockActivityQueryOptions } from "@/lib/pins/queries";

function ActivityList({ lockId, zone }: { lockId: number; zone: string }) {
  const { data, error, isPending, refetch } = useQuery(lockActivityQueryOptions(lockId));
  if (isPending) {
    return (
      <div role="status" aria-label="Loading activity" className="space-y-2">
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} className="h-16 w-full" />
        ))}
      </div>
    );
  }
  if (error) return <QueryError title="Could not load the activity" error={error} onRetry={() => void refetch()} />;
  if (data.length === 0) {
    return (
      <Callout tone="info" title="No activity yet">
        Creating, changing, repairing or deleting a PIN on this lock shows up here.
      </Callout>
    );
  }
  return (
    <>
      <p className="text-sm text-slate-600">
        The last {ACTIVITY_LIMIT} operations at most, newest first. Times in the lock&apos;s zone, <strong>{zone}</strong>.
      </p>
      <ol aria-label="Recent PIN activity" className="divide-y divide-slate-200 rounded-xl bg-white px-4 shadow-sm ring-1 ring-slate-200" data-testid="lock-activity">
        {data.map((event) => (
          <PinEventItem key={event.id} event={event} zone={zone} showPin />
        ))}
      </ol>
    </>
  );
}

export function LockActivity({ lockId }: { lockId: number }) {
  const { data: lock, error, isPending, refetch } = useQuery(lockQueryOptions(lockId));
  const back = (
    <nav aria-label="Breadcrumb">
      <Link href={`/locks/${lockId}`} className="inline-flex min-h-touch items-center text-sm text-indigo-700 hover:underline">
        ← {lock ? lock.name : "Back to the lock"}
      </Link>
    </nav>
  );
  if (isPending) return <Skeleton className="h-32 w-full" />;
  if (error) {
    if (error instanceof ApiClientError && error.status === 404) {
      return <LockNotFound />;
    }
    return (
      <div className="space-y-4">
        {back}
        <QueryError title="Could not load this lock" error={error} onRetry={() => void refetch()} />
      </div>
    );
  }
  return (
    <div className="space-y-4">
      {back}
      <h1 className="text-2xl font-bold">Activity · {lock.name}</h1>
      {lock.keypad.paired ? <DoorEntries lockId={lockId} zone={lock.timeZone} /> : null}
      <section aria-labelledby="operations-title" className="space-y-3">
        <h2 id="operations-title" className="text-lg font-semibold">PIN changes</h2>
        <ActivityList lockId={lockId} zone={lock.timeZone} />
      </section>
    </div>
  );
}
