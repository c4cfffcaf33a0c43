"use client";

import { useLocale, useTranslations } from "next-intl";
import { Field, describedBy } from "@/components/ui/field";
import { inputClasses } from "@/components/ui/input-classes";
import { TimeInput } from "@/components/ui/time-input";
import { useTranslate } from "@/lib/i18n/use-translate";
import { previewWallTime, wallTimeText } from "@/lib/time/preview";
import { joinWallTime, splitWallTime } from "@/lib/time/typed-time";

/**
 * A date and a 24-hour time in the lock's zone, showing what they mean in the viewer's zone and
 * UTC. Two inputs, as `datetime-local` shows a 12-hour clock in some browsers' locales; the value
 * is still one `YYYY-MM-DDTHH:mm`, "" when both are empty.
 */
export function WallTimeField({ id, label, clearLabel, value, onChange, lockZone, viewerZone, error }: {
  id: string;
  label: string;
  /** The clear button's name, "Clear valid from". */
  clearLabel: string;
  value: string;
  onChange: (value: string) => void;
  lockZone: string;
  viewerZone: string;
  error?: string;
}) {
  const t = useTranslations("pinForm");
  const tt = useTranslations("time");
  const timeWords = useTranslate("time");
  const locale = useLocale();
  const { date, time } = splitWallTime(value);
  const preview = value ? previewWallTime(value, lockZone, viewerZone, timeWords, locale) : null;
  const hint = preview ? (
    preview.kind === "nonexistent" ? (
      <span className="text-amber-800">
        {preview.message}{" "}
        <button type="button" className="underline" onClick={() => onChange(preview.nextValid)}>
          {tt("preview.useNext", { next: wallTimeText(preview.nextValid, locale) })}
        </button>
      </span>
    ) : (
      <span data-testid={`${id}-preview`}>
        {preview.viewer ? <>{"= "}{preview.viewer}<br /></> : null}{"= "}{preview.utc}
        {preview.note ? <><br /><span className="text-amber-800">{preview.note}</span></> : null}
      </span>
    )
  ) : undefined;
  const described = describedBy(id, { hint, error });
  return (
    <Field id={id} label={<>{label} <span className="font-normal text-slate-500">({lockZone})</span></>} hint={hint} error={error}>
      <div className="flex gap-2">
        <input
          id={id}
          type="date"
          value={date}
          onChange={(e) => onChange(joinWallTime(e.target.value, time))}
          aria-label={t("dateOf", { label, zone: lockZone })}
          aria-invalid={Boolean(error)}
          aria-describedby={described}
          className={`${inputClasses} min-w-0 flex-[3]`}
        />
        <TimeInput
          id={`${id}-time`}
          value={time}
          onChange={(typed) => onChange(joinWallTime(date, typed))}
          aria-label={t("timeOf", { label, zone: lockZone })}
          aria-invalid={Boolean(error)}
          aria-describedby={described}
          className={`${inputClasses} min-w-0 flex-[2]`}
        />
        {value ? (
          <button type="button" onClick={() => onChange("")} className="min-h-touch shrink-0 rounded-lg px-3 text-sm text-slate-600 hover:bg-slate-100" aria-label={clearLabel}>
            {t("clear")}
          </button>
        ) : null}
      </div>
    </Field>
  );
}
