"use client";

import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Callout } from "@/components/ui/callout";
import { QueryError } from "@/components/ui/query-error";
import { Skeleton } from "@/components/ui/skeleton";
import type { Lock } from "@/lib/locks/types";
import { pinsQueryOptions } from "@/lib/pins/queries";
import type { Pin } from "@/lib/pins/types";
import { PinFilters, usePinFilters } from "./pin-filters";
import { PinRow } from "./pin-row";

export function PinList({ lock, renderActions }: { lock: Lock; renderActions?: (pin: Pin) => ReactNode }) {
  const { data, error, isPending, refetch } = useQuery(pinsQueryOptions(lock.id));
  const { visible, controls } = usePinFilters(data ?? [], lock.timeZone);
  if (isPending) {
    return (
      <div role="status" aria-label="Loading PINs" className="space-y-2">
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} className="h-20 w-full" />
        ))}
      </div>
    );
  }
  if (error) return <QueryError title="Could not load the PINs" error={error} onRetry={() => void refetch()} />;
  if (data.length === 0) {
    return (
      <Callout tone="info" title="No PINs on this lock">
        {lock.keypad.paired ? "Create one for your next guest." : "Pair a keypad with this lock to give guests PINs."}
      </Callout>
    );
  }
  return (
    <>
      <PinFilters {...controls} />
      <ul aria-label="PINs" className="divide-y divide-slate-200 rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
        {visible.map((pin) => (
          <PinRow key={pin.id} pin={pin} timeZone={lock.timeZone} actions={renderActions?.(pin)} />
        ))}
      </ul>
    </>
  );
}
