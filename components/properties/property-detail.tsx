"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { Callout } from "@/components/ui/callout";
import { Card } from "@/components/ui/card";
import { buttonClasses } from "@/components/ui/button";
import { QueryError } from "@/components/ui/query-error";
import { Skeleton } from "@/components/ui/skeleton";
import { DoorEntries } from "@/components/activity/door-entries";
import { FeedsPanel } from "@/components/calendar/feeds-panel";
import type { DemoFeedLink } from "@/lib/calendar/demo-links";
import { StayList } from "@/components/stays/stay-list";
import { formFromProperty } from "@/lib/properties/form";
import { useUpdateProperty } from "@/lib/properties/mutations";
import { propertyQueryOptions } from "@/lib/properties/queries";
import { PropertyDelete } from "./property-delete";
import { BackupCodesPanel } from "@/components/backup-codes/backup-codes-panel";
import { PropertyForm } from "./property-form";
import { PropertyProblems } from "./property-problems";

export function PropertyDetail({ propertyId, demoFeeds }: { propertyId: string; demoFeeds?: DemoFeedLink[] }) {
  const property = useQuery(propertyQueryOptions(propertyId));
  const update = useUpdateProperty(propertyId);
  const [saved, setSaved] = useState(false);
  if (property.error) return <QueryError error={property.error} onRetry={() => void property.refetch()} title="Could not load this property" />;
  if (property.isPending) return <Skeleton className="h-64 w-full" />;
  const p = property.data;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{p.name}</h1>
        <Link href={`/stays/new?propertyId=${p.id}`} className={buttonClasses("primary")}>New stay</Link>
      </div>
      <PropertyProblems lockIds={p.lockIds} />
      <section aria-labelledby="stays-heading" className="space-y-2">
        <h2 id="stays-heading" className="text-lg font-semibold">Stays</h2>
        <StayList propertyId={p.id} showChecks />
      </section>
      <BackupCodesPanel propertyId={p.id} />
      <FeedsPanel propertyId={p.id} demoFeeds={demoFeeds} />
      <DoorEntries propertyId={p.id} />
      <Card>
        <h2 className="mb-3 text-lg font-semibold">Doors and defaults</h2>
        <PropertyForm
          key={p.id}
          initial={formFromProperty(p)}
          submitLabel="Save property"
          onSubmit={async (input) => {
            setSaved(false);
            await update.mutateAsync(input);
            setSaved(true);
          }}
        />
        {saved ? <Callout tone="good" role="status" className="mt-3">Saved. New stays use these defaults; existing stays keep their windows. The check times apply to every stay still to arrive.</Callout> : null}
      </Card>
      <PropertyDelete propertyId={p.id} name={p.name} />
    </div>
  );
}
