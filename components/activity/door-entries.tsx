"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { QueryError } from "@/components/ui/query-error";
import { Skeleton } from "@/components/ui/skeleton";
import { entriesQueryOptions, type EntryFilter, type EntrySource } from "@/lib/activity/queries";
import { pinsQueryOptions } from "@/lib/pins/queries";
import { EntryFilters } from "./entry-filters";
import { EntryItem } from "./entry-item";
import { PinUsageSummary } from "./pin-usage-summary";

/**
 * Who opened the door and when, from the locks' own logs, in each lock's time: one lock's entries
 * (with a PIN filter), or every door of a property (each entry names its door and, for a stay, the guest).
 */
export function DoorEntries(props: { lockId: number; zone: string } | { propertyId: string }) {
  const t = useTranslations("activity");
  const lock = "lockId" in props ? props : null;
  const source: EntrySource = lock ? { lockId: lock.lockId } : { propertyId: "propertyId" in props ? props.propertyId : "" };
  const [filter, setFilter] = useState<EntryFilter>({});
  const { data: pins = [] } = useQuery({ ...pinsQueryOptions(lock?.lockId ?? 0), enabled: lock !== null });
  const { data, error, isPending, refetch, fetchNextPage, hasNextPage, isFetchingNextPage } = useInfiniteQuery(entriesQueryOptions(source, filter));
  const entries = data?.pages.flatMap((page) => page.entries) ?? [];
  const selected = pins.find((pin) => pin.id === filter.pinId);
  return (
    <section aria-labelledby="door-entries-title" className="space-y-3">
      <h2 id="door-entries-title" className="text-lg font-semibold">{t("heading")}</h2>
      <p className="text-sm text-slate-600">
        {lock ? t.rich("introLock", { zone: lock.zone, strong: (chunks) => <strong>{chunks}</strong> }) : t("introProperty")}
      </p>
      <EntryFilters pins={lock ? pins : undefined} filter={filter} onChange={setFilter} />
      {selected && lock ? <PinUsageSummary lockId={lock.lockId} pinId={selected.id} pinName={selected.name} zone={lock.zone} /> : null}
      {isPending ? (
        <div role="status" aria-label={t("loading")} className="space-y-2">
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} className="h-12 w-full" />
          ))}
        </div>
      ) : error ? (
        <QueryError title={t("couldNotLoad")} error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          {entries.length === 0 ? (
            <Callout tone="info" title={t("none")}>
              {filter.pinId || filter.from || filter.to ? t("noMatch") : t("nobodyYet")}
            </Callout>
          ) : (
            <ol aria-label={t("heading")} className="divide-y divide-slate-200 rounded-xl bg-white px-4 shadow-sm ring-1 ring-slate-200" data-testid="door-entries">
              {entries.map((entry) => (
                <EntryItem key={`${entry.lockId}-${entry.id}`} entry={entry} showLock={!lock} />
              ))}
            </ol>
          )}
          {hasNextPage ? (
            <Button variant="secondary" onClick={() => void fetchNextPage()} disabled={isFetchingNextPage}>
              {isFetchingNextPage ? t("loadingMore") : t("loadOlder")}
            </Button>
          ) : null}
        </>
      )}
    </section>
  );
}
