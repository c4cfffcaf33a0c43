"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("locks");
  const { data, error, isPending, refetch } = useQuery(lockActivityQueryOptions(lockId));
  if (isPending) {
    return (
      <div role="status" aria-label={t("loadingActivity")} className="space-y-2">
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} className="h-16 w-full" />
        ))}
      </div>
    );
  }
  if (error) return <QueryError title={t("couldNotLoadActivity")} error={error} onRetry={() => void refetch()} />;
  if (data.length === 0) {
    return (
      <Callout tone="info" title={t("noActivity")}>
        {t("noActivityBody")}
      </Callout>
    );
  }
  return (
    <>
      <p className="text-sm text-slate-600">
        {t.rich("activityIntro", { limit: ACTIVITY_LIMIT, zone, strong: (chunks) => <strong>{chunks}</strong> })}
      </p>
      <ol aria-label={t("recentActivity")} className="divide-y divide-slate-200 rounded-xl bg-white px-4 shadow-sm ring-1 ring-slate-200" data-testid="lock-activity">
        {data.map((event) => (
          <PinEventItem key={event.id} event={event} zone={zone} showPin />
        ))}
      </ol>
    </>
  );
}

export function LockActivity({ lockId }: { lockId: number }) {
  const t = useTranslations("locks");
  const { data: lock, error, isPending, refetch } = useQuery(lockQueryOptions(lockId));
  const back = (
    <nav aria-label={t("breadcrumb")}>
      <Link href={`/locks/${lockId}`} className="inline-flex min-h-touch items-center text-sm text-indigo-700 hover:underline">
        {lock ? t("back", { name: lock.name }) : t("backToLock")}
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
        <QueryError title={t("couldNotLoadLock")} error={error} onRetry={() => void refetch()} />
      </div>
    );
  }
  return (
    <div className="space-y-4">
      {back}
      <h1 className="text-2xl font-bold">{t("activityHeading", { name: lock.name })}</h1>
      {lock.keypad.paired ? <DoorEntries lockId={lockId} zone={lock.timeZone} /> : null}
      <section aria-labelledby="operations-title" className="space-y-3">
        <h2 id="operations-title" className="text-lg font-semibold">{t("pinChanges")}</h2>
        <ActivityList lockId={lockId} zone={lock.timeZone} />
      </section>
    </div>
  );
}
