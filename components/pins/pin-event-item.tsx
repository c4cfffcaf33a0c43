"use client";

import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { useTranslate } from "@/lib/i18n/use-translate";
import { detailWords } from "@/lib/pins/event-detail";
import type { PinEvent } from "@/lib/pins/types";
import { describeEvent, eventTime, eventTone, nukiAnswer } from "@/lib/pins/view-events";

/** One entry of a PIN's timeline or of the lock's activity; `showPin` names the PIN for the latter. */
export function PinEventItem({ event, zone, showPin = false }: { event: PinEvent; zone: string; showPin?: boolean }) {
  const t = useTranslations("pins.history");
  const translate = useTranslate("pins");
  const locale = useLocale();
  const answer = nukiAnswer(event, translate);
  const detail = detailWords(event.detail, translate, locale);
  return (
    <li className="space-y-1 py-3" data-testid="pin-event" data-type={event.type}>
      <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        <time dateTime={event.at} className="text-sm tabular-nums text-slate-600">{eventTime(event.at, zone, locale)}</time>
        {showPin ? <span className="font-semibold text-slate-900" data-testid="pin-event-pin">{event.pinName ?? t("noName")}</span> : null}
        <Badge tone={eventTone(event)}>{describeEvent(event, translate)}</Badge>
      </div>
      {event.actor || answer ? (
        <p className="text-xs text-slate-600">
          {event.actor ? <span data-testid="pin-event-actor">{t("by", { actor: event.actor })}</span> : null}
          {event.actor && answer ? " · " : null}
          {answer ? <span data-testid="pin-event-answer">{answer}</span> : null}
        </p>
      ) : null}
      {detail ? <p className="text-sm text-slate-700" data-testid="pin-event-detail">{detail}</p> : null}
    </li>
  );
}
