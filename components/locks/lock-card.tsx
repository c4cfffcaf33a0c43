import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Callout } from "@/components/ui/callout";
import { useTranslate } from "@/lib/i18n/use-translate";
import { modelWords, pinWarnings, stateWords } from "@/lib/locks/mapping";
import type { Lock } from "@/lib/locks/types";
import { CapacityMeter } from "./capacity-meter";
import { LockBadges } from "./lock-badges";
import { lockStateWords } from "@/lib/locks/last-seen";

export function LockCard({ lock, problems = 0 }: { lock: Lock; problems?: number }) {
  const t = useTranslations("locks");
  const words = useTranslate("locks");
  const locale = useLocale();
  const warnings = pinWarnings(lock, words);
  const state = stateWords(lock, words);
  return (
    <li className="rounded-xl bg-white shadow-sm ring-1 ring-slate-200 transition hover:ring-indigo-300" data-testid="lock-card">
      <Link href={`/locks/${lock.id}`} className="block rounded-xl p-4 sm:p-5">
        <div className="flex items-start justify-between gap-3">
          <div className="min-w-0">
            <h2 className="truncate text-lg font-semibold text-slate-900">{lock.name}</h2>
            {problems ? (
              <p className="mt-1 inline-flex rounded-full bg-red-600 px-2 py-0.5 text-xs font-bold text-white" data-testid="lock-problems">
                {t("problems", { count: problems })}
              </p>
            ) : null}
            <p className="text-sm text-slate-500">
              {modelWords(lock.model, words)} · {lock.timeZone}
            </p>
          </div>
          <p className="shrink-0 text-right text-sm">
            <span className="block text-2xl font-bold text-slate-900">{lock.pinCount}</span>
            <span className="text-slate-500">{t("pinsUnit", { count: lock.pinCount })}</span>
          </p>
        </div>
        <div className="mt-3">
          <LockBadges lock={lock} />
        </div>
        {lock.keypad.paired ? <CapacityMeter used={lock.pinCount} className="mt-3" /> : null}
        {state ? <p className="mt-2 text-sm text-slate-600" data-testid="lock-state">{lockStateWords(lock, state, words, locale)}</p> : null}
        {warnings.length ? (
          <Callout tone="warn" className="mt-3">
            {warnings.map((w) => (
              <p key={w}>{w}</p>
            ))}
          </Callout>
        ) : null}
      </Link>
    </li>
  );
}
