"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";
import { LaterPart, lazyPart } from "@/components/ui/lazy-part";
import { QueryError } from "@/components/ui/query-error";
import { Skeleton } from "@/components/ui/skeleton";
import { FeedsPanel } from "@/components/calendar/feeds-panel";
import type { DemoFeedLink } from "@/lib/calendar/demo-links";
import { StayList } from "@/components/stays/stay-list";
import { propertyQueryOptions } from "@/lib/properties/queries";
import { BackupCodesPanel } from "@/components/backup-codes/backup-codes-panel";
import { PropertyProblems } from "./property-problems";

/**
 * The property's form (doors, times, message, checks) and its deletion are at the end of the page,
 * below its stays, codes and calendars: their code loads after the page, not with it.
 */
const PropertySettings = lazyPart(() => import("./property-settings").then((m) => m.PropertySettings));
/** The doors' entries come last on the page and are read by the browser: their code loads with them. */
const DoorEntries = lazyPart(() => import("@/components/activity/door-entries").then((m) => m.DoorEntries));
function EntriesLoading() {
  const t = useTranslations("properties");
  return (
    <section aria-labelledby="door-entries-title" className="space-y-3">
      <h2 id="door-entries-title" className="text-lg font-semibold">{t("detail.doorEntries")}</h2>
      <div role="status" aria-label={t("detail.loadingEntries")} className="space-y-2">
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} className="h-12 w-full" />
        ))}
      </div>
    </section>
  );
}

function SettingsLoading() {
  const t = useTranslations("properties");
  return <p role="status" className="text-sm text-slate-600">{t("detail.loadingSettings")}</p>;
}

export function PropertyDetail({ propertyId, demoFeeds }: { propertyId: string; demoFeeds?: DemoFeedLink[] }) {
  const property = useQuery(propertyQueryOptions(propertyId));
  const t = useTranslations("properties");
  if (property.error) return <QueryError error={property.error} onRetry={() => void property.refetch()} title={t("detail.loadError")} />;
  if (property.isPending) return <Skeleton className="h-64 w-full" />;
  const p = property.data;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{p.name}</h1>
        <Link href={`/stays/new?propertyId=${p.id}`} className={buttonClasses("primary")}>{t("detail.newStay")}</Link>
      </div>
      <PropertyProblems lockIds={p.lockIds} />
      <section aria-labelledby="stays-heading" className="space-y-2">
        <h2 id="stays-heading" className="text-lg font-semibold">{t("detail.stays")}</h2>
        <StayList propertyId={p.id} showChecks />
      </section>
      <BackupCodesPanel propertyId={p.id} />
      <FeedsPanel propertyId={p.id} demoFeeds={demoFeeds} />
      <LaterPart fallback={<EntriesLoading />}>
        <DoorEntries propertyId={p.id} />
      </LaterPart>
      <LaterPart fallback={<SettingsLoading />}>
        <PropertySettings property={p} />
      </LaterPart>
    </div>
  );
}
