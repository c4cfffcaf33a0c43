"use client";

import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { LaterPart, lazyPart } from "@/components/ui/lazy-part";
import { useTranslate } from "@/lib/i18n/use-translate";
import { CLOCK_LABEL_KEYS, clockState } from "@/lib/pins/clock-state";
import type { Pin } from "@/lib/pins/types";
import { describeWindow } from "@/lib/pins/describe-window";
import { formatLocalInstant } from "@/lib/time/format-instant";
import { MaskedCode } from "./masked-code";
import { PinStatusBadge } from "./pin-status-badge";
import { PinStatusDetail } from "./pin-status-detail";
import { useClock } from "./use-clock";

/** A write's attempts and time so far, counting up each second: only rows with a write on its way need it. */
const PinWriteProgress = lazyPart(() => import("./pin-write-progress").then((m) => m.PinWriteProgress));

const CLOCK_TONES = { active: "good", upcoming: "info", expired: "warn", disabled: "neutral", not_today: "neutral" } as const;

export function PinRow({ pin, timeZone, actions }: { pin: Pin; timeZone: string; actions?: React.ReactNode }) {
  const state = clockState(pin, new Date(useClock(60_000)), timeZone);
  const t = useTranslations("pins");
  const translate = useTranslate("pins");
  const locale = useLocale();
  return (
    <li className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center sm:justify-between" data-testid="pin-row" data-status={pin.status}>
      <div className="min-w-0 space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <h3 className="font-semibold text-slate-900" data-testid="pin-name">{pin.name}</h3>
          <Badge tone={CLOCK_TONES[state]} data-testid="pin-clock-state" data-state={state}>{t(CLOCK_LABEL_KEYS[state])}</Badge>
          <PinStatusBadge pin={pin} />
        </div>
        <p className="text-sm text-slate-700" data-testid="pin-window">{describeWindow(pin, timeZone, translate, locale)}</p>
        <p className="text-xs text-slate-500">
          {pin.lastUsedAt ? t("row.lastUsed", { time: formatLocalInstant(pin.lastUsedAt, timeZone, locale), zone: timeZone }) : t("row.neverUsed")}
        </p>
        <PinStatusDetail pin={pin} />
        {pin.write && (pin.status === "pending" || pin.status === "deleting") ? (
          <LaterPart>
            <PinWriteProgress write={pin.write} />
          </LaterPart>
        ) : null}
      </div>
      <div className="flex flex-wrap items-center gap-1">
        <MaskedCode code={pin.code} pinName={pin.name} />
        {actions}
      </div>
    </li>
  );
}
