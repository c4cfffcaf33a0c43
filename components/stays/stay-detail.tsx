"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Suspense, useState } from "react";
import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import Link from "next/link";
import { MaskedCode } from "@/components/pins/masked-code";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { QueryError } from "@/components/ui/query-error";
import { Skeleton } from "@/components/ui/skeleton";
import { storedText } from "@/lib/i18n/stored-text";
import { useTranslate } from "@/lib/i18n/use-translate";
import { useStayDates } from "@/lib/stays/use-stay-dates";
import { lazyPart } from "@/components/ui/lazy-part";
import { stayQueryOptions } from "@/lib/stays/queries";
import { PreArrivalCheckLater } from "@/components/checks/pre-arrival-check-later";
import { StayDoors } from "./stay-doors";
import { StayMessage } from "./stay-message";
import { StayUsage } from "./stay-usage";

/**
 * The forms that change a stay (dates, times, calendar link, cancelling) sit below its code, doors
 * and message: their code loads once the stay is shown, not with the page.
 */
const StayChanges = lazyPart(() => import("./stay-changes").then((m) => m.StayChanges));

export function StayDetail({ stayId }: { stayId: string }) {
  const query = useQuery(stayQueryOptions(stayId));
  // Set by a move, cleared once the guest has the new message (copied, shared or e-mailed): the notice's work is done.
  const [moved, setMoved] = useState(false);
  const t = useTranslations("stays");
  const stayDates = useStayDates();
  const calendarT = useTranslate("calendar");
  if (query.error) return <QueryError error={query.error} onRetry={() => void query.refetch()} title={t("detail.loadError")} />;
  if (query.isPending) return <Skeleton className="h-64 w-full" />;
  const stay = query.data;
  // A scheduled stay (from a calendar, code not yet on the doors) is handled like an active one.
  const active = stay.status !== "cancelled";
  const withPins = stay.doors.filter((d) => d.pinId).length;
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-bold">{stay.guestName}</h1>
          {active ? null : <Badge tone="neutral" data-testid="stay-cancelled">{t("cancelled")}</Badge>}
        </div>
        <p className="text-slate-700" data-testid="stay-dates">{stayDates.dates(stay.arrival, stay.departure)}</p>
        {stay.source ? <p className="text-sm text-slate-600" data-testid="stay-source">{stay.source === "other" ? t("detail.sourceOther") : t("detail.source", { source: stay.source })}</p> : null}
        {stay.status === "scheduled" && stay.doorsOn ? <p className="text-sm text-slate-700" data-testid="stay-scheduled">{t("detail.scheduled", { date: stayDates.date(stay.doorsOn) })}</p> : null}
        <p className="text-sm">
          <Link href={`/properties/${stay.propertyId}`} className="inline-flex min-h-touch min-w-touch items-center font-medium text-indigo-700 underline">{stay.propertyName}</Link>
        </p>
      </div>
      {active ? (
        <Card className="flex flex-wrap items-center justify-between gap-2">
          <div>
            <h2 className="font-semibold">{t("detail.doorCode")}</h2>
            <p className="text-sm text-slate-600">{t("detail.sameCode", { count: withPins })}</p>
          </div>
          <div className="flex flex-wrap items-start gap-2">
            <MaskedCode code={stay.code} pinName={stay.guestName} />
          </div>
        </Card>
      ) : null}
      {stay.notice && active ? <Callout tone="warn" role="status">{storedText(stay.notice, { calendar: calendarT })}</Callout> : null}
      {stay.codeNote && active ? <p className="text-sm text-slate-600">{storedText(stay.codeNote, { calendar: calendarT })}</p> : null}
      {active ? <StayUsage stayId={stay.id} /> : null}
      {active && stay.checks ? <PreArrivalCheckLater checks={stay.checks} /> : null}
      <section aria-labelledby="doors-heading" className="space-y-2">
        <h2 id="doors-heading" className="text-lg font-semibold">{t("detail.doors")}</h2>
        <StayDoors doors={stay.doors} />
      </section>
      {active ? (
        <>
          {moved ? (
            <div data-testid="new-message-needed">
              <Callout tone="warn" role="status" title={t("detail.newMessageTitle", { guestName: stay.guestName })}>
                <p>{t("detail.newMessageText")}</p>
                <Button
                  variant="secondary"
                  className="mt-2"
                  onClick={() => {
                    const message = document.getElementById("guest-message-heading");
                    message?.scrollIntoView({ block: "start" });
                    message?.closest("section")?.querySelector<HTMLElement>("button, textarea")?.focus();
                  }}
                >
                  {t("detail.showNewMessage")}
                </Button>
              </Callout>
            </div>
          ) : null}
          <StayMessage stayId={stay.id} doors={stay.doors} onDelivered={() => setMoved(false)} />
          <Suspense fallback={<p role="status" className="text-sm text-slate-600">{t("detail.loadingForms")}</p>}>
            <StayChanges stay={stay} doorCount={withPins} onMoved={() => setMoved(true)} />
          </Suspense>
        </>
      ) : null}
    </div>
  );
}
