"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Callout } from "@/components/ui/callout";
import { AttentionFixesLater } from "@/components/attention/attention-fixes-later";
import { QueryError } from "@/components/ui/query-error";
import { Skeleton } from "@/components/ui/skeleton";
import { pinSearchQueryOptions } from "@/lib/pins/search-queries";
import { attentionQueryOptions } from "@/lib/attention/queries";
import { AllLocksCleanup } from "./all-locks-cleanup";
import { PinFilters, type PinFilterState } from "./pin-filters";
import { PinRow } from "./pin-row";

const SEARCH_DELAY_MS = 250;


/** Searches every lock's PINs by name or code, with the same filters as a lock's list. */
export function PinSearch() {
  const t = useTranslations("pins.search");
  const [state, setState] = useState<PinFilterState>({ filter: "all", query: "" });
  const [query, setQuery] = useState("");
  useEffect(() => {
    // Ask the server once typing pauses, not for every key.
    const timer = setTimeout(() => setQuery(state.query.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [state.query]);
  const { data, error, isPending, refetch } = useQuery({ ...pinSearchQueryOptions(query, state.filter), placeholderData: keepPreviousData });
  // A problem PIN carries its fix (repair, retry, keep as it is on the lock) right in the results.
  const { data: attention } = useQuery({ ...attentionQueryOptions(), enabled: Boolean(data?.some((p) => p.status === "failed" || p.status === "drifted")) });
  const problemOf = (lockId: number, pinId: string) => attention?.items.find((item) => item.lockId === lockId && item.pinId === pinId);
  return (
    <div className="space-y-4">
      <PinFilters idPrefix="all-pins" state={state} onChange={setState} shown={data?.length} />
      <AllLocksCleanup />
      <h2 className="sr-only">{t("resultsHeading")}</h2>
      {isPending ? (
        <div role="status" aria-label={t("searching")} className="space-y-2">
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} className="h-20 w-full" />
          ))}
        </div>
      ) : error ? (
        <QueryError title={t("error")} error={error} onRetry={() => void refetch()} />
      ) : data.length === 0 ? (
        <Callout tone="info" title={t("none")}>{t("noneHint")}</Callout>
      ) : (
        <ul aria-label={t("resultsLabel")} className="divide-y divide-slate-200 rounded-xl bg-white shadow-sm ring-1 ring-slate-200" data-testid="pin-search-results">
          {data.map((pin) => (
            <PinRow
              key={`${pin.lockId}-${pin.id}`}
              pin={pin}
              timeZone={pin.lockZone}
              actions={
                <>
                {(() => {
                  const item = problemOf(pin.lockId, pin.id);
                  return item ? <AttentionFixesLater item={item} showOpen={false} /> : null;
                })()}
                <Link href={`/locks/${pin.lockId}`} className="inline-flex min-h-touch items-center px-2 text-sm text-indigo-700 hover:underline" data-testid="pin-lock">
                  {pin.lockName}
                </Link>
                </>
              }
            />
          ))}
        </ul>
      )}
    </div>
  );
}
