"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Callout } from "@/components/ui/callout";
import { QueryError } from "@/components/ui/query-error";
import { attentionQueryOptions } from "@/lib/attention/queries";
import { locksQueryOptions } from "@/lib/locks/queries";
import { LockCard } from "./lock-card";
import { LockListSkeleton } from "./lock-list-skeleton";

export function LockList() {
  const t = useTranslations("locks");
  const { data, error, isPending, refetch } = useQuery(locksQueryOptions());
  const { data: attention } = useQuery(attentionQueryOptions());
  if (isPending) return <LockListSkeleton />;
  if (error) return <QueryError title={t("couldNotLoadList")} error={error} onRetry={() => void refetch()} />;
  if (data.length === 0) {
    return (
      <Callout tone="info" title={t("noLocks")}>
        {t("noLocksBody")}
      </Callout>
    );
  }
  return (
    // Cards out of view are not rendered until scrolled to, so a fleet of hundreds scrolls smoothly on a phone.
    <ul className="grid gap-4 sm:grid-cols-2 [&>li]:[contain-intrinsic-size:auto_10rem] [&>li]:[content-visibility:auto]" aria-label={t("listLabel")}>
      {data.map((lock) => (
        <LockCard key={lock.id} lock={lock} problems={attention?.byLock[lock.id] ?? 0} />
      ))}
    </ul>
  );
}
