"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { QueryError } from "@/components/ui/query-error";
import { Skeleton } from "@/components/ui/skeleton";
import { staysQueryOptions, staysUsageQueryOptions } from "@/lib/stays/queries";
import { PreArrivalCheckLater } from "@/components/checks/pre-arrival-check-later";
import { usageWords } from "./stay-usage";
import { useTranslate } from "@/lib/i18n/use-translate";
import { useStayDates } from "@/lib/stays/use-stay-dates";

/**
 * Stays by arrival, cancelled ones marked, each a link to its doors. `showChecks`: under each stay
 * still to arrive, what its latest pre-arrival check found (the property page), outside the link so
 * its own links to the doors stay separate targets.
 */
export function StayList({ propertyId, showChecks = false }: { propertyId?: string; showChecks?: boolean }) {
  const stays = useQuery(staysQueryOptions(propertyId));
  // Loaded after the list, and only stays on now have usage: the list itself never waits for a log.
  const { data: usage = {} } = useQuery(staysUsageQueryOptions(propertyId));
  const t = useTranslations("stays");
  const words = useTranslate("stays");
  const locale = useLocale();
  const stayDates = useStayDates();
  if (stays.error) return <QueryError error={stays.error} onRetry={() => void stays.refetch()} title={t("list.loadError")} />;
  if (stays.isPending) return <Skeleton className="h-16 w-full" />;
  if (stays.data.length === 0) return <p className="text-sm text-slate-600">{t("list.empty")}</p>;
  return (
    <ul className="divide-y divide-slate-100 rounded-xl bg-white ring-1 ring-slate-200">
      {stays.data.map((stay) => (
        <li key={stay.id}>
          <Link href={`/stays/${stay.id}`} data-testid="stay-item" className="flex min-h-touch flex-wrap items-center justify-between gap-2 px-4 py-3 hover:bg-slate-50">
            <span>
              <span className="block font-medium text-slate-900">{stay.guestName}</span>
              <span className="block text-sm text-slate-600">
                {stayDates.dates(stay.arrival, stay.departure)}
                {propertyId ? "" : ` · ${stay.propertyName}`}
              </span>
              {usage[stay.id] ? <span className="block text-sm text-slate-600" data-testid="stay-item-usage">{usageWords(usage[stay.id]!, words, locale)}</span> : null}
            </span>
            {stay.source ? <Badge tone="info" data-testid="stay-item-source">{stay.source === "other" ? t("list.sourceOther") : t("list.source", { source: stay.source })}</Badge> : null}
            {stay.status === "scheduled" && stay.doorsOn ? <Badge tone="neutral" data-testid="stay-item-scheduled">{t("list.scheduled", { date: stayDates.date(stay.doorsOn) })}</Badge> : null}
            {stay.notice ? <Badge tone="warn">{t("list.needsYou")}</Badge> : null}
            {stay.status === "cancelled" ? <Badge tone="neutral">{t("cancelled")}</Badge> : null}
            {usage[stay.id]?.noShow ? <Badge tone="warn" data-testid="stay-item-no-show">{t("notEntered")}</Badge> : null}
          </Link>
          {showChecks && stay.checks ? <div className="px-4 pb-3" data-testid="stay-item-check"><PreArrivalCheckLater checks={stay.checks} /></div> : null}
        </li>
      ))}
    </ul>
  );
}
