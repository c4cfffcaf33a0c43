"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Callout } from "@/components/ui/callout";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { inputClasses } from "@/components/ui/input-classes";
import { LaterPart, lazyPart } from "@/components/ui/lazy-part";
import { QueryError } from "@/components/ui/query-error";
import { Skeleton } from "@/components/ui/skeleton";
import { useScrollToHash } from "@/components/ui/use-scroll-to-hash";
import type { DemoFeedLink } from "@/lib/calendar/demo-links";
import { feedsQueryOptions } from "@/lib/calendar/queries";
import { useUpdateProperty } from "@/lib/properties/mutations";
import type { CodeChoice } from "@/lib/properties/types";
import { formErrorFrom } from "@/lib/stays/form-errors";
import { FeedItem } from "./feed-item";

/** Adding a calendar is occasional: the form's code loads after the page. */
const FeedAddForm = lazyPart(() => import("./feed-add-form").then((m) => m.FeedAddForm));
function AddFormLoading() {
  const t = useTranslations("calendar");
  return <p role="status" className="text-sm text-slate-600">{t("panel.loadingAddForm")}</p>;
}

/** A property's booking calendars: bookings become stays, with codes on the doors at lead time. */
export function FeedsPanel({ propertyId, demoFeeds }: { propertyId: string; demoFeeds?: DemoFeedLink[] }) {
  const list = useQuery(feedsQueryOptions(propertyId));
  const update = useUpdateProperty(propertyId);
  const [saveError, setSaveError] = useState<string | null>(null);
  const t = useTranslations("calendar");
  useScrollToHash("calendar-feeds", list.isSuccess);
  const save = async (patch: { leadDays?: number; codeChoice?: CodeChoice }) => {
    setSaveError(null);
    try {
      await update.mutateAsync(patch);
      await list.refetch();
    } catch (error) {
      setSaveError(formErrorFrom(error).message);
    }
  };
  return (
    <Card>
      <section id="calendar-feeds" aria-labelledby="feeds-heading" className="scroll-mt-4 space-y-3">
        <h2 id="feeds-heading" className="text-lg font-semibold">{t("panel.title")}</h2>
        <p className="text-sm text-slate-600">{t("panel.intro")}</p>
        {list.error ? <QueryError error={list.error} onRetry={() => void list.refetch()} title={t("panel.loadError")} /> : null}
        {list.isPending ? <Skeleton className="h-16 w-full" /> : null}
        {list.data ? (
          <>
            {list.data.feeds.length > 0 ? (
              <ul className="divide-y divide-slate-100 rounded-xl ring-1 ring-slate-200">{list.data.feeds.map((feed) => <FeedItem key={feed.id} feed={feed} now={list.dataUpdatedAt} />)}</ul>
            ) : null}
            {list.data.capacityWarnings.map((warning) => <Callout key={warning} tone="warn" role="status">{warning}</Callout>)}
            <div className="grid gap-3 sm:grid-cols-2">
              <Field id="lead-days" label={t("panel.leadDays")}>
                <select id="lead-days" className={inputClasses} value={list.data.leadDays} onChange={(e) => void save({ leadDays: Number(e.target.value) })}>
                  {[0, 1, 2, 3, 5, 7, 14].map((d) => <option key={d} value={d}>{d === 0 ? t("panel.onTheDay") : t("panel.daysBefore", { days: d })}</option>)}
                </select>
              </Field>
              <Field id="code-choice" label={t("panel.codeChoice")}>
                <select id="code-choice" className={inputClasses} value={list.data.codeChoice} onChange={(e) => void save({ codeChoice: e.target.value as CodeChoice })}>
                  <option value="random">{t("panel.random")}</option>
                  <option value="phone">{t("panel.phone")}</option>
                </select>
              </Field>
            </div>
            {saveError ? <Callout tone="bad" role="alert">{saveError}</Callout> : null}
          </>
        ) : null}
        <LaterPart fallback={<AddFormLoading />}>
          <FeedAddForm propertyId={propertyId} demoFeeds={demoFeeds} />
        </LaterPart>
      </section>
    </Card>
  );
}
