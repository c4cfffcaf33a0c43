"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useLockSettings, useUpdateLockSettings } from "@/lib/pins/mutations";

/** Whether Keyhost puts back what the host set as soon as it sees the lock differ. */
export function AutoRepairToggle({ lockId }: { lockId: number }) {
  const t = useTranslations("locks.autoRepair");
  const settings = useLockSettings(lockId);
  const update = useUpdateLockSettings(lockId);
  const checked = settings.data?.autoRepair ?? false;
  return (
    <div className="space-y-1" data-testid="auto-repair">
      <label className="flex min-h-touch cursor-pointer items-center gap-3 text-sm font-medium text-slate-900">
        <input
          type="checkbox"
          role="switch"
          checked={checked}
          disabled={!settings.data}
          aria-describedby="auto-repair-hint"
          onChange={(e) => update.mutate({ autoRepair: e.target.checked })}
          className="h-5 w-5 rounded border-slate-300 text-indigo-600"
        />
        {t("label")}
      </label>
      <p id="auto-repair-hint" className="text-xs text-slate-600">
        {t("hint")}
      </p>
      {settings.error ? (
        <div role="alert" className="flex flex-wrap items-center gap-2 text-sm text-red-700">
          <span>{t("couldNotLoad", { message: settings.error.message })}</span>
          <Button variant="secondary" onClick={() => void settings.refetch()}>{t("tryAgain")}</Button>
        </div>
      ) : null}
      {update.error ? <p role="alert" className="text-sm text-red-700">{t("notChanged", { message: update.error.message })}</p> : null}
    </div>
  );
}
