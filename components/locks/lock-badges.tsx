import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { useTranslate } from "@/lib/i18n/use-translate";
import { serverStateWords } from "@/lib/locks/mapping";
import type { Lock } from "@/lib/locks/types";

/** Connection, keypad and batteries at a glance, each badge readable without colour. */
export function LockBadges({ lock }: { lock: Lock }) {
  const t = useTranslations("locks");
  const words = useTranslate("locks");
  return (
    <div className="flex flex-wrap gap-1.5">
      <Badge tone={lock.online ? "good" : "bad"}>{serverStateWords(lock.serverState, words)}</Badge>
      <Badge tone={lock.keypad.paired ? "info" : "warn"}>{lock.keypad.kind ?? t("noKeypadBadge")}</Badge>
      <Badge tone={lock.battery.critical ? "bad" : "neutral"}>
        {lock.battery.critical ? t("batteryCritical") : t("batteryOk")}
        {lock.battery.charge !== null ? t("charge", { charge: lock.battery.charge }) : ""}
      </Badge>
      {lock.keypadBatteryCritical ? <Badge tone="bad">{t("keypadBatteryCritical")}</Badge> : null}
    </div>
  );
}
