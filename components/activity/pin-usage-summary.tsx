"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { pinUsageQueryOptions } from "@/lib/activity/queries";
import { formatLocalInstant } from "@/lib/time/format-instant";

/** A PIN's first and last opening, saying so when the log was only read part of the way back. */
export function PinUsageSummary({ lockId, pinId, pinName, zone }: { lockId: number; pinId: string; pinName: string; zone: string }) {
  const t = useTranslations("activity.usage");
  const locale = useLocale();
  const { data, error, isPending } = useQuery(pinUsageQueryOptions(lockId, pinId));
  if (isPending) return <p className="text-sm text-slate-600" role="status">{t("reading", { name: pinName })}</p>;
  if (error) return <p className="text-sm text-slate-600">{t("unavailable", { message: error.message })}</p>;
  if (!data.firstUsedAt || !data.lastUsedAt) return <p className="text-sm text-slate-700" data-testid="pin-usage">{t("notYet", { name: pinName })}</p>;
  const first = formatLocalInstant(data.firstUsedAt, zone, locale);
  return (
    <p className="text-sm text-slate-700" data-testid="pin-usage">
      {t("summary", { name: pinName, first: data.complete ? first : t("atTheLatest", { first }), last: formatLocalInstant(data.lastUsedAt, zone, locale), count: data.uses })}
    </p>
  );
}
