"use client";

import { useQuery } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { Card } from "@/components/ui/card";
import { stayUsageQueryOptions } from "@/lib/stays/queries";
import type { StayUsage as Usage } from "@/lib/stays/usage";
import { formatLocalInstant } from "@/lib/time/format-instant";

const at = (instant: string, zone: string) => `${formatLocalInstant(instant, zone)} (${zone})`;

/** "First use …, last use …" or "Not used yet", in the door's zone; shared by the stay page and lists. */
export function usageWords(usage: Usage): string {
  if (!usage.firstUsedAt || !usage.lastUsedAt) return "Not used yet";
  const first = usage.complete ? at(usage.firstUsedAt, usage.zone) : `${at(usage.firstUsedAt, usage.zone)} at the latest`;
  return `First use ${first}, last use ${at(usage.lastUsedAt, usage.zone)}`;
}

/** When the guest first and last opened a door with the stay's code, and a clear warning when they have not come in. */
export function StayUsage({ stayId }: { stayId: string }) {
  const { data, error, isPending, isFetching, refetch } = useQuery(stayUsageQueryOptions(stayId));
  const again = (
    <Button variant="secondary" onClick={() => void refetch()} disabled={isFetching}>{isFetching ? "Reading…" : "Check the doors again"}</Button>
  );
  return (
    <Card>
      <section aria-labelledby="stay-usage-heading" className="space-y-3">
        <h2 id="stay-usage-heading" className="text-lg font-semibold">Arrival</h2>
        {isPending ? (
          <p role="status" className="text-sm text-slate-600">Reading the doors&apos; logs…</p>
        ) : error ? (
          <p className="text-sm text-slate-600">First and last use are not available: {error.message}</p>
        ) : (
          <>
            {data.noShow ? (
              <div data-testid="no-show">
                <Callout tone="warn" title="Not entered yet">
                  Check-in was {data.checkInAt ? at(data.checkInAt, data.zone) : "earlier"} and the code has not opened a door since.
                </Callout>
              </div>
            ) : null}
            <p className="text-sm text-slate-700" data-testid="stay-usage">
              {usageWords(data)}
              {data.uses > 0 ? `, ${data.uses} ${data.uses === 1 ? "entry" : "entries"}` : ""}.
              {data.checkInAt && !data.firstUsedAt && !data.noShow ? ` Check-in ${at(data.checkInAt, data.zone)}.` : ""}
            </p>
          </>
        )}
        {again}
      </section>
    </Card>
  );
}
