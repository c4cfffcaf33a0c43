"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { QueryError } from "@/components/ui/query-error";
import { Skeleton } from "@/components/ui/skeleton";
import { lockEntriesQueryOptions, type EntryFilter } from "@/lib/activity/queries";
import { pinsQueryOptions } from "@/lib/pins/queries";
import { EntryFilters } from "./entry-filters";
import { EntryItem } from "./entry-item";
import { PinUsageSummary } from "./pin-usage-summary";

/** Who opened the door and when, from the lock's own log, in the lock's time. */
export function DoorEntries({ lockId, zone }: { lockId: number; zone: string }) {
  const [filter, setFilter] = useState<EntryFilter>({});
  const { data: pins = [] } = useQuery(pinsQueryOptions(lockId));
  const { data, error, isPending, refetch, fetchNextPage, hasNextPage, isFetchingNextPage } = useInfiniteQuery(lockEntriesQueryOptions(lockId, filter));
  const entries = data?.pages.flatMap((page) => page.entries) ?? [];
  const selected = pins.find((pin) => pin.id === filter.pinId);
  return (
    <section aria-labelledby="door-entries-title" className="space-y-3">
      <h2 id="door-entries-title" className="text-lg font-semibold">Door entries</h2>
      <p className="text-sm text-slate-600">
        Codes typed on the keypad, newest first, from the lock&apos;s log. Times in the lock&apos;s zone, <strong>{zone}</strong>.
      </p>
      <EntryFilters pins={pins} filter={filter} onChange={setFilter} />
      {selected ? <PinUsageSummary lockId={lockId} pinId={selected.id} pinName={selected.name} zone={zone} /> : null}
      {isPending ? (
        <div role="status" aria-label="Loading door entries" className="space-y-2">
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} className="h-12 w-full" />
          ))}
        </div>
      ) : error ? (
        <QueryError title="Could not load the door entries" error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          {entries.length === 0 ? (
            <Callout tone="info" title="No door entries">
              {filter.pinId || filter.from || filter.to ? "Nothing matches these filters." : "Nobody has used the keypad yet."}
            </Callout>
          ) : (
            <ol aria-label="Door entries" className="divide-y divide-slate-200 rounded-xl bg-white px-4 shadow-sm ring-1 ring-slate-200" data-testid="door-entries">
              {entries.map((entry) => (
                <EntryItem key={entry.id} entry={entry} />
              ))}
            </ol>
          )}
          {hasNextPage ? (
            <Button variant="secondary" onClick={() => void fetchNextPage()} disabled={isFetchingNextPage}>
              {isFetchingNextPage ? "Loading…" : "Load older"}
            </Button>
          ) : null}
        </>
      )}
    </section>
  );
}
