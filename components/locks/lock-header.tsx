import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { useTranslate } from "@/lib/i18n/use-translate";
import { connectionWarning, modelWords, stateWords } from "@/lib/locks/mapping";
import type { Lock } from "@/lib/locks/types";
import { SyncButton } from "@/components/pins/sync-button";
import { LockBadges } from "./lock-badges";
import { lockStateWords } from "@/lib/locks/last-seen";

export function LockHeader({ lock }: { lock: Lock }) {
  // A missing keypad is said once, by the PINs it prevents (see LockDetail).
  const t = useTranslations("locks");
  const words = useTranslate("locks");
  const locale = useLocale();
  const warning = connectionWarning(lock, words);
  const state = stateWords(lock, words);
  return (
    <section aria-labelledby="lock-title" className="space-y-3">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div>
          <h1 id="lock-title" className="text-2xl font-bold">{lock.name}</h1>
          <p className="text-sm text-slate-600">
            {modelWords(lock.model, words)} · {t.rich("timesShownIn", { zone: lock.timeZone, strong: (chunks) => <strong data-testid="lock-zone">{chunks}</strong> })}
            {state ? <span data-testid="lock-state"> · {lockStateWords(lock, state, words, locale)}</span> : ""}
          </p>
        </div>
        <div className="flex flex-wrap items-start gap-2">
          <Link href={`/locks/${lock.id}/activity`} className={buttonClasses("secondary")}>
            {t("activity")}
          </Link>
          <SyncButton lockId={lock.id} />
        </div>
      </div>
      <LockBadges lock={lock} />
      {warning ? (
        <Callout tone="warn" role="status">
          {warning}
        </Callout>
      ) : null}
    </section>
  );
}
