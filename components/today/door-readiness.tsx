import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { AttentionFixes } from "@/components/attention/attention-fixes";
import { PinStatusBadge } from "@/components/pins/pin-status-badge";
import { Badge } from "@/components/ui/badge";
import { useTranslate } from "@/lib/i18n/use-translate";
import { lastSeenWords } from "@/lib/locks/last-seen";
import type { DoorReadiness } from "@/lib/today/types";

/** One door's readiness line: code saved, lock online, batteries, keypad, and whether the guest came in. */
export function DoorReadinessLine({ door }: { door: DoorReadiness }) {
  const t = useTranslations("today.door");
  const locks = useTranslate("locks");
  const locale = useLocale();
  const checks: { ok: boolean; yes: string; no: string }[] = [
    { ok: door.codeSaved, yes: t("codeSaved"), no: t("codeNotSaved") },
    { ok: door.online, yes: t("lockOnline"), no: door.lastSeenAt ? t("lockOfflineSeen", { lastSeen: lastSeenWords(door.lastSeenAt, door.timeZone, locks, locale) }) : t("lockOffline") },
    { ok: door.batteryOk, yes: t("batteryOk"), no: t("batteryCritical") },
    { ok: door.keypadBatteryOk, yes: t("keypadBatteryOk"), no: t("keypadBatteryCritical") },
    { ok: door.keypadPaired, yes: t("keypadPaired"), no: t("noKeypad") },
  ];
  return (
    <li className="space-y-2 py-3" data-testid="today-door" data-ready={door.ready}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Link href={`/locks/${door.lockId}`} className="inline-flex min-h-touch items-center font-semibold text-indigo-700 underline">{door.lockName}</Link>
        {door.status === "no_pin" || door.status === "gone" ? <Badge tone="bad">{t("noCode")}</Badge> : <PinStatusBadge pin={{ status: door.status }} />}
      </div>
      <ul className="flex flex-wrap gap-1.5" aria-label={t("readiness", { lock: door.lockName })}>
        {checks.map((c) => (
          <li key={c.yes}>
            <Badge tone={c.ok ? "good" : "bad"}>
              <span aria-hidden="true">{c.ok ? "✓" : "✕"}</span> {c.ok ? c.yes : c.no}
            </Badge>
          </li>
        ))}
        <li>
          <Badge tone={door.entered ? "info" : "neutral"}>{door.entered ? t("entered") : t("notEntered")}</Badge>
        </li>
      </ul>
      {door.problems.map((item) => (
        <div key={item.id} className="space-y-1 rounded-lg bg-amber-50 p-3 ring-1 ring-inset ring-amber-200" data-testid="door-problem" data-kind={item.kind}>
          <p className="text-sm font-semibold text-amber-950">{item.title}</p>
          <p className="text-sm text-amber-950">{item.detail}</p>
          <AttentionFixes item={item} />
        </div>
      ))}
    </li>
  );
}
