"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button, buttonClasses } from "@/components/ui/button";
import { fixTargetOf, useAttentionFix } from "@/lib/fixes/mutations";
import { attentionHref, attentionSubject } from "@/lib/attention/where";
import type { AttentionItem } from "@/lib/attention/types";
import type { Feed } from "@/lib/calendar/types";
import type { Translate } from "@/lib/i18n/types";
import { useTranslate } from "@/lib/i18n/use-translate";

/** After "Sync now" the answer says whether the calendar reads again; a failed read is still a 200. */
function doneWords(item: AttentionItem, data: unknown, t: Translate): { ok: boolean; text: string } {
  if (item.lockId !== undefined) return { ok: true, text: t("done") };
  const feed = data as Partial<Feed> | undefined;
  if (feed?.lastError) return { ok: false, text: t("stillNotRead", { error: feed.lastError }) };
  if (feed?.waitingForConfirmation) return { ok: false, text: t("stillEmpty") };
  return { ok: true, text: t("read") };
}

/** The item's fixes as buttons, and a link to where it is fixed; each says which code, door, calendar or stay it acts on. */
export function AttentionFixes({ item, showOpen = true }: { item: AttentionItem; showOpen?: boolean }) {
  const t = useTranslations("attention");
  const words = useTranslate("attention");
  const fix = useAttentionFix();
  const about = attentionSubject(item, words);
  const done = fix.isSuccess ? doneWords(item, fix.data, words) : null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      {item.fixes.map((f) => {
        if (f.kind === "open") {
          return showOpen ? (
            <Link key={f.kind} href={attentionHref(item)} className={buttonClasses("ghost")} aria-label={item.lockId !== undefined ? t("goTo", { name: item.lockName }) : t("fixAbout", { label: f.label, about })}>
              {f.label}
            </Link>
          ) : null;
        }
        const target = fixTargetOf(item, f.kind);
        return target ? (
          <Button key={f.kind} variant={f.kind === "keep" ? "ghost" : "secondary"} disabled={fix.isPending} onClick={() => fix.mutate(target)} aria-label={t("fixAbout", { label: f.label, about })}>
            {fix.isPending && f.kind === "sync" ? t("reading") : f.label}
          </Button>
        ) : null;
      })}
      {done ? <p role={done.ok ? "status" : "alert"} className={done.ok ? "w-full text-sm text-emerald-800" : "w-full text-sm text-red-700"}>{done.text}</p> : null}
      {fix.error ? <p role="alert" className="w-full text-sm text-red-700">{fix.error.message}</p> : null}
    </div>
  );
}
