"use client";

import { useQuery } from "@tanstack/react-query";
import { Callout } from "@/components/ui/callout";
import { Dialog } from "@/components/ui/dialog";
import { QueryError } from "@/components/ui/query-error";
import { Skeleton } from "@/components/ui/skeleton";
import { PENDING_REFETCH_MS, pinHistoryQueryOptions } from "@/lib/pins/queries";
import type { Pin } from "@/lib/pins/types";
import { historyRows, pendingWords } from "@/lib/pins/history-rows";
import { statusView } from "@/lib/pins/view-status";
import { PinHistoryRow } from "./pin-history-row";

function PinHistory({ lockId, lockZone, pin }: { lockId: number; lockZone: string; pin: Pick<Pin, "id" | "status"> }) {
  const { data, error, isPending, refetch } = useQuery({
    ...pinHistoryQueryOptions(lockId, pin.id),
    // The timeline grows while the write is on its way; afterwards it holds still.
    refetchInterval: statusView(pin.status).busy ? PENDING_REFETCH_MS : false,
  });
  if (isPending) {
    return (
      <div role="status" aria-label="Loading history" className="space-y-2">
        <Skeleton className="h-12 w-full" />
        <Skeleton className="h-12 w-full" />
      </div>
    );
  }
  if (error) return <QueryError title="Could not load the history" error={error} onRetry={() => void refetch()} />;
  if (data.length === 0) return <Callout tone="info">Nothing has happened to this PIN yet.</Callout>;
  const rows = historyRows(data);
  return (
    <>
      <p className="text-sm text-slate-600">Times in the lock&apos;s zone, {lockZone}. Oldest first.</p>
      <ol aria-label="History" className="divide-y divide-slate-200" data-testid="pin-history">
        {rows.map((row, index) => (
          <PinHistoryRow key={row.id} row={row} zone={lockZone} pending={pendingWords(rows, index)} />
        ))}
      </ol>
    </>
  );
}

export function PinHistoryDialog({ lockId, lockZone, pin, open, onClose }: {
  lockId: number;
  lockZone: string;
  pin: Pick<Pin, "id" | "name" | "status">;
  open: boolean;
  onClose: () => void;
}) {
  return (
    <Dialog open={open} onClose={onClose} title={`History of ${pin.name}`}>
      {open ? <PinHistory lockId={lockId} lockZone={lockZone} pin={pin} /> : null}
    </Dialog>
  );
}
