import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Callout } from "@/components/ui/callout";
import { summarizeChecks } from "@/lib/checks/summary";
import type { StayChecks } from "@/lib/checks/types";
import { useTranslate } from "@/lib/i18n/use-translate";

/**
 * What the latest pre-arrival check found on the stay's doors, at the time it ran; the doors'
 * own lines show how they are now. `quietWhenOk` leaves a passed check out (Today).
 */
export function PreArrivalCheck({ checks, quietWhenOk = false }: { checks: StayChecks; quietWhenOk?: boolean }) {
  const t = useTranslations("checks");
  const words = useTranslate("checks");
  const summary = summarizeChecks(checks, words);
  if (!summary || (summary.ok && quietWhenOk)) return null;
  if (summary.ok) {
    return (
      <Callout tone="good" title={t("okTitle", { title: summary.title })}>
        <div data-testid="pre-arrival-check" data-ok="true">{t("okBody")}</div>
      </Callout>
    );
  }
  return (
    <Callout tone="bad" title={t("foundTitle", { title: summary.title, count: summary.problems.length })}>
      <ul className="space-y-2" data-testid="pre-arrival-check" data-ok="false">
        {summary.problems.map((p) => (
          <li key={`${p.lockId}:${p.kind}`} data-testid="check-problem" data-kind={p.kind}>
            <p>
              {p.title} {p.open ? <Badge tone="bad">{t("notFixed")}</Badge> : <Badge tone="good">{t("cleared")}</Badge>}
            </p>
            {p.open ? (
              <p>
                {p.fix}{" "}
                <Link href={p.fixPath} className="inline-flex min-h-touch items-center font-medium underline">{t("goTo", { lock: p.lockName })}</Link>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </Callout>
  );
}
