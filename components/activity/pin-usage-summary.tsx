"use client";

import { useQuery } from "@tanstack/react-query";
import { pinUsageQueryOptions } from "@/lib/activity/queries";
import { formatLocalInstant } from "@/lib/time/format-instant";

/** A PIN's first and last opening, saying so when the log was only read part of the way back. */
export function PinUsageSummary({ lockId, pinId, pinName, zone }: { lockId: number; pinId: string; pinName: string; zone: string }) {
  const { data, error, isPending } = useQuery(pinUsageQueryOptions(lockId, pinId));
  if (isPending) return <p className="text-sm text-slate-600" role="status">Reading {pinName}&apos;s entries…</p>;
  if (error) return <p className="text-sm text-slate-600">First and last use are not available: {error.message}</p>;
  if (!data.firstUsedAt || !data.lastUsedAt) return <p className="text-sm text-slate-700" data-testid="pin-usage">{pinName} has not opened the door yet.</p>;
  const first = formatLocalInstant(data.firstUsedAt, zone);
  return (
    <p className="text-sm text-slate-700" data-testid="pin-usage">
      {pinName}: first used {data.complete ? first : `${first} at the latest (older entries were not read)`}, last used{" "}
      {formatLocalInstant(data.lastUsedAt, zone)}, {data.uses} {data.uses === 1 ? "entry" : "entries"}.
    </p>
  );
}
