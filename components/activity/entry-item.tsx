import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { wallTimeWords } from "@/lib/activity/format";
import type { DoorEntry } from "@/lib/activity/types";
import { actionWords, triggerWords } from "@/lib/activity/words";
import { useTranslate } from "@/lib/i18n/use-translate";

/** Each kind's badge: its words in the `activity` catalog, and its tone. */
const KIND: Record<DoorEntry["kind"], { label: string; tone: "good" | "bad" | "neutral" }> = {
  entry: { label: "kind.entry", tone: "good" },
  wrong_code: { label: "kind.wrongCode", tone: "bad" },
  other: { label: "kind.other", tone: "neutral" },
};

export function EntryItem({ entry, showLock = false }: { entry: DoorEntry; showLock?: boolean }) {
  const t = useTranslations("activity");
  const words = useTranslate("activity");
  const locale = useLocale();
  const who = entry.kind === "wrong_code" ? t("unknownCode") : (entry.pinName ?? t("unknownPin"));
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 py-3" data-testid="door-entry" data-kind={entry.kind}>
      <div className="min-w-0">
        {entry.stay ? (
          <p className="font-medium text-slate-900" data-testid="door-entry-who">
            <Link href={`/stays/${entry.stay.id}`} className="inline-flex min-h-touch items-center text-indigo-700 underline" data-testid="door-entry-guest">
              {entry.stay.guestName}
            </Link>
          </p>
        ) : (
          <p className="font-medium text-slate-900" data-testid="door-entry-who">{who}</p>
        )}
        <p className="text-xs text-slate-500">
          {actionWords(entry.action, words)} · {triggerWords(entry.trigger, words)}
          {showLock ? <> · <span data-testid="door-entry-lock">{entry.lockName}</span></> : null}
        </p>
      </div>
      <div className="flex items-center gap-2">
        <Badge tone={KIND[entry.kind].tone}>{words(KIND[entry.kind].label)}</Badge>
        <time dateTime={entry.instant} className="text-sm tabular-nums text-slate-700" data-testid="door-entry-time">
          {wallTimeWords(entry.at, locale)}
        </time>
      </div>
    </li>
  );
}
