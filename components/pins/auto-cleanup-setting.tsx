"use client";

import { useTranslations } from "next-intl";
import { inputClasses } from "@/components/ui/input-classes";
import { useLockSettings, useUpdateLockSettings } from "@/lib/pins/mutations";

const CHOICES = [null, 0, 1, 3, 7, 14, 30] as const;

/** When Keyhost deletes this lock's expired PINs by itself. */
export function AutoCleanupSetting({ lockId }: { lockId: number }) {
  const t = useTranslations("pins.cleanup");
  const label = (choice: number | null) => (choice === null ? t("autoNever") : choice === 0 ? t("autoAtOnce") : t("autoAfter", { days: choice }));
  const settings = useLockSettings(lockId);
  const update = useUpdateLockSettings(lockId);
  const days = settings.data?.cleanupAfterDays ?? null;
  const choices = CHOICES.includes(days as (typeof CHOICES)[number]) ? CHOICES : [...CHOICES, days];
  return (
    <div className="space-y-1">
      <label htmlFor={`auto-cleanup-${lockId}`} className="block text-sm font-medium text-slate-900">{t("autoLabel")}</label>
      <select
        id={`auto-cleanup-${lockId}`}
        className={inputClasses}
        value={days === null ? "off" : String(days)}
        disabled={!settings.data || update.isPending}
        onChange={(e) => update.mutate({ cleanupAfterDays: e.target.value === "off" ? null : Number(e.target.value) })}
      >
        {choices.map((choice) => (
          <option key={String(choice)} value={choice === null ? "off" : String(choice)}>{label(choice)}</option>
        ))}
      </select>
      {update.error ? <p role="alert" className="text-sm text-red-700">{t("notChanged", { message: update.error.message })}</p> : null}
    </div>
  );
}
