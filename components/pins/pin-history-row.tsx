"use client";

import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { useTranslate } from "@/lib/i18n/use-translate";
import { detailWords } from "@/lib/pins/event-detail";
import { attemptsWords, type HistoryRow } from "@/lib/pins/history-rows";
import { eventTime, nukiAnswer } from "@/lib/pins/view-events";

/** One action on a PIN: what was asked and what changed, how it ended, and its attempts folded away. */
export function PinHistoryRow({ row, zone, pending }: { row: HistoryRow; zone: string; pending: string }) {
  const t = useTranslations("pins.history");
  const translate = useTranslate("pins");
  const locale = useLocale();
  const attempts = attemptsWords(row, translate);
  return (
    <li className="space-y-1 py-3" data-testid="pin-event">
      <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        <time dateTime={row.at} className="text-sm tabular-nums text-slate-600">{eventTime(row.at, zone, locale)}</time>
        <span className="font-semibold text-slate-900" data-testid="pin-event-title">{row.title}</span>
        <Badge tone={row.outcome?.tone ?? "neutral"} data-testid="pin-event-outcome">{row.outcome?.words ?? pending}</Badge>
      </div>
      {row.detail ? <p className="text-sm text-slate-700" data-testid="pin-event-detail">{row.detail}</p> : null}
      {row.actor || attempts ? (
        <p className="text-xs text-slate-600">
          {row.actor ? <span data-testid="pin-event-actor">{t("by", { actor: row.actor })}</span> : null}
          {row.actor && attempts ? " · " : null}
          {attempts ? <span data-testid="pin-event-attempts">{attempts}</span> : null}
        </p>
      ) : null}
      {row.attempts.length ? (
        <details className="text-xs text-slate-600">
          <summary className="inline-flex min-h-touch cursor-pointer items-center">{t("nukiAnswered")}</summary>
          <ol className="space-y-1 pl-4">
            {row.attempts.map((attempt) => (
              <li key={attempt.id} data-testid="pin-attempt">
                <time dateTime={attempt.at} className="tabular-nums">{eventTime(attempt.at, zone, locale)}</time>
                {" · "}
                {detailWords(attempt.detail, translate, locale) ?? nukiAnswer(attempt, translate) ?? translate("events.sent")}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </li>
  );
}
