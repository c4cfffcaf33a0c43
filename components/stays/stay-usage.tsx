"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { Card } from "@/components/ui/card";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/types";
import { useTranslate } from "@/lib/i18n/use-translate";
import { stayUsageQueryOptions } from "@/lib/stays/queries";
import type { StayUsage as Usage } from "@/lib/stays/usage";
import { formatLocalInstant } from "@/lib/time/format-instant";

const at = (instant: string, zone: string, locale: Locale) => `${formatLocalInstant(instant, zone, locale)} (${zone})`;

/**
 * "First use …, last use …" or "Not used yet", in the door's zone; shared by the stay page and
 * lists. `t` translates the "stays" namespace.
 */
export function usageWords(usage: Usage, t: Translate, locale: Locale): string {
  if (!usage.firstUsedAt || !usage.lastUsedAt) return t("usage.notUsed");
  const first = at(usage.firstUsedAt, usage.zone, locale);
  return t("usage.used", { first: usage.complete ? first : t("usage.atTheLatest", { at: first }), last: at(usage.lastUsedAt, usage.zone, locale) });
}

/** When the guest first and last opened a door with the stay's code, and a clear warning when they have not come in. */
export function StayUsage({ stayId }: { stayId: string }) {
  const { data, error, isPending, isFetching, refetch } = useQuery(stayUsageQueryOptions(stayId));
  const t = useTranslations("stays");
  const words = useTranslate("stays");
  const locale = useLocale();
  const again = (
    <Button variant="secondary" onClick={() => void refetch()} disabled={isFetching}>{isFetching ? t("usage.readingAgain") : t("usage.checkAgain")}</Button>
  );
  return (
    <Card>
      <section aria-labelledby="stay-usage-heading" className="space-y-3">
        <h2 id="stay-usage-heading" className="text-lg font-semibold">{t("usage.title")}</h2>
        {isPending ? (
          <p role="status" className="text-sm text-slate-600">{t("usage.reading")}</p>
        ) : error ? (
          <p className="text-sm text-slate-600">{t("usage.unavailable", { message: error.message })}</p>
        ) : (
          <>
            {data.noShow ? (
              <div data-testid="no-show">
                <Callout tone="warn" title={t("notEntered")}>
                  {data.checkInAt ? t("usage.noShow", { at: at(data.checkInAt, data.zone, locale) }) : t("usage.noShowEarlier")}
                </Callout>
              </div>
            ) : null}
            <p className="text-sm text-slate-700" data-testid="stay-usage">
              {t("usage.line", { words: usageWords(data, words, locale), uses: data.uses })}
              {data.checkInAt && !data.firstUsedAt && !data.noShow ? ` ${t("usage.checkIn", { at: at(data.checkInAt, data.zone, locale) })}` : ""}
            </p>
          </>
        )}
        {again}
      </section>
    </Card>
  );
}
