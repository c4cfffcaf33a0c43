"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { feedHealth } from "@/lib/calendar/health";
import { useRemoveFeed, useSyncFeed, useUpdateFeed } from "@/lib/calendar/mutations";
import type { Feed } from "@/lib/calendar/types";
import { formErrorFrom } from "@/lib/stays/form-errors";
import { useTranslate } from "@/lib/i18n/use-translate";

/** One feed: its health in plain words, "Sync now", and remove (its stays stay). */
/** `now`: when the list was read, so the words match what the server said then. */
export function FeedItem({ feed, now }: { feed: Feed; now: number }) {
  const sync = useSyncFeed(feed.propertyId, feed.id);
  const update = useUpdateFeed(feed.propertyId, feed.id);
  const remove = useRemoveFeed(feed.propertyId, feed.id);
  const [failure, setFailure] = useState<string | null>(null);
  const t = useTranslations("calendar");
  const translate = useTranslate("calendar");
  const health = feedHealth(feed, now, translate);
  const run = (action: () => Promise<unknown>) => async () => {
    setFailure(null);
    try {
      await action();
    } catch (error) {
      setFailure(formErrorFrom(error).message);
    }
  };
  const name = feed.label === "other" ? t("item.calendar") : feed.label;
  return (
    <li className="space-y-2 px-4 py-3" data-testid="feed-item">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="min-w-0">
          <p className="font-medium text-slate-900">
            {name} <Badge tone={health.tone}>{health.tone === "good" ? t("item.ok") : health.tone === "warn" ? t("item.waiting") : t("item.notRead")}</Badge>
          </p>
          <p className="truncate text-xs text-slate-500" title={feed.url}>{feed.url}</p>
          <p className="text-sm text-slate-600" data-testid="feed-health">{health.summary}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" onClick={run(() => sync.mutateAsync(undefined))} disabled={sync.isPending} aria-label={t("item.syncLabel", { name })}>{sync.isPending ? t("item.reading") : t("item.sync")}</Button>
          <Button variant="ghost" onClick={run(() => remove.mutateAsync(undefined))} disabled={remove.isPending} aria-label={t("item.removeLabel", { name })}>{t("item.remove")}</Button>
        </div>
      </div>
      {health.problem ? (
        <Callout tone={health.tone === "warn" ? "warn" : "bad"} role="status">
          <span data-testid="feed-problem">{health.problem}</span>
          {feed.waitingForConfirmation ? (
            <Button variant="secondary" className="mt-2" onClick={run(() => update.mutateAsync({ confirmEmpty: true }))} disabled={update.isPending}>{t("item.confirmEmpty")}</Button>
          ) : null}
        </Callout>
      ) : null}
      {failure ? <Callout tone="bad" role="alert">{failure}</Callout> : null}
    </li>
  );
}
