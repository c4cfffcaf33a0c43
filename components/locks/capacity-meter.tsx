import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { useTranslate } from "@/lib/i18n/use-translate";
import { capacityUsage, capacityWords } from "@/lib/pins/capacity";

const BAR = { ok: "bg-indigo-500", warn: "bg-amber-500", full: "bg-red-600" } as const;

/** How full the keypad is: Nuki never deletes expired codes, and a keypad holds about 100. */
export function CapacityMeter({ used, className }: { used: number; className?: string }) {
  const t = useTranslations("locks");
  const pinsT = useTranslate("pins");
  const usage = capacityUsage(used);
  const words = capacityWords(usage, pinsT);
  return (
    <div className={cn("space-y-1", className)} data-testid="capacity">
      <div
        role="meter"
        aria-label={t("capacityLabel")}
        aria-valuemin={0}
        aria-valuemax={usage.capacity}
        aria-valuenow={Math.min(usage.used, usage.capacity)}
        aria-valuetext={words}
        className="h-2 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div className={cn("h-full rounded-full", BAR[usage.level])} style={{ width: `${usage.ratio * 100}%` }} />
      </div>
      <p className={cn("text-xs", usage.level === "ok" ? "text-slate-600" : "font-medium text-amber-900")}>
        {words}
        {usage.level === "full" ? t("capacityFull") : usage.level === "warn" ? t("capacityWarn") : ""}
      </p>
    </div>
  );
}
