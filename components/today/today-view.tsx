"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { AttentionFixes } from "@/components/attention/attention-fixes";
import { AttentionList } from "@/components/attention/attention-list";
import { buttonClasses } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { QueryError } from "@/components/ui/query-error";
import { Skeleton } from "@/components/ui/skeleton";
import { useStayDates } from "@/lib/stays/use-stay-dates";
import { todayQueryOptions } from "@/lib/today/queries";
import type { TodayStay } from "@/lib/today/types";
import { PreArrivalCheck } from "@/components/checks/pre-arrival-check";
import { DoorReadinessLine } from "./door-readiness";
import { ReadinessAnnouncer } from "./readiness-announcer";

function StayCard({ stay }: { stay: TodayStay }) {
  const t = useTranslations("today");
  const stayDates = useStayDates();
  return (
    <li className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200" data-testid="today-stay">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 className="text-base font-semibold">
            <Link href={`/stays/${stay.id}`} className="inline-flex min-h-touch items-center text-slate-900 underline decoration-slate-300 hover:text-indigo-700">{stay.guestName}</Link>
          </h3>
          <p className="text-sm text-slate-600">{stay.propertyName} · {stayDates.dates(stay.arrival, stay.departure)}</p>
        </div>
        <p className={stay.ready ? "text-sm font-semibold text-emerald-800" : "text-sm font-semibold text-red-800"} data-testid="stay-readiness">
          {stay.ready ? t("ready", { doors: stay.doors.length }) : t("notReady")}
        </p>
      </div>
      {stay.checks ? <div className="mt-2"><PreArrivalCheck checks={stay.checks} quietWhenOk /></div> : null}
      <ul className="mt-1 divide-y divide-slate-100">
        {stay.doors.map((door) => <DoorReadinessLine key={door.lockId} door={door} />)}
      </ul>
    </li>
  );
}

/** The home page: what needs the host first, then who arrives, leaves and stays, door by door. */
export function TodayView() {
  const t = useTranslations("today");
  const { data, error, isPending, refetch } = useQuery(todayQueryOptions());
  if (isPending) return <Skeleton className="h-48 w-full" />;
  if (error) return <QueryError title={t("couldNotLoad")} error={error} onRetry={() => void refetch()} />;
  return (
    <div className="space-y-6">
      <ReadinessAnnouncer />
      {data.attention.items.length ? (
        <AttentionList items={data.attention.items} Fixes={AttentionFixes} />
      ) : (
        <Callout tone="good" title={t("nothingNeedsYou")}>{t("nothingNeedsYouBody")}</Callout>
      )}
      {data.sections.length === 0 ? (
        <Callout tone="info" title={t("noArrivals")}>
          {t.rich("noArrivalsBody", {
            add: (chunks) => <Link href="/stays/new" className="underline">{chunks}</Link>,
            locks: (chunks) => <Link href="/locks" className="underline">{chunks}</Link>,
          })}
        </Callout>
      ) : (
        data.sections.map((section) => (
          <section key={section.key} aria-labelledby={`today-${section.key}`} className="space-y-2">
            <h2 id={`today-${section.key}`} className="text-lg font-semibold">{section.title} <span className="text-slate-500">({section.stays.length})</span></h2>
            <ul className="space-y-3">
              {section.stays.map((stay) => <StayCard key={stay.id} stay={stay} />)}
            </ul>
          </section>
        ))
      )}
      <p><Link href="/locks" className={buttonClasses("secondary")}>{t("allLocks")}</Link></p>
    </div>
  );
}
