"use client";

import { useTranslations } from "next-intl";
import { WEEKDAYS, type Weekday } from "@/lib/pins/types";
import { cn } from "@/components/ui/cn";

export function WeekdayPicker({ value, onChange, error }: { value: Weekday[]; onChange: (days: Weekday[]) => void; error?: string }) {
  const t = useTranslations("pinForm");
  const tt = useTranslations("time");
  return (
    <fieldset className="space-y-1">
      <legend className="text-sm font-medium text-slate-800">{t("weekdays")}</legend>
      <div className="grid grid-cols-7 gap-1">
        {WEEKDAYS.map((day) => {
          const on = value.includes(day);
          return (
            <button
              key={day}
              type="button"
              aria-pressed={on}
              aria-label={tt(`weekdays.long.${day}`)}
              onClick={() => onChange(on ? value.filter((d) => d !== day) : [...value, day])}
              className={cn(
                "min-h-touch rounded-lg text-sm font-semibold ring-1 ring-inset",
                on ? "bg-indigo-600 text-white ring-indigo-600" : "bg-white text-slate-700 ring-slate-300",
              )}
            >
              {tt(`weekdays.short.${day}`)}
            </button>
          );
        })}
      </div>
      {error ? <p role="alert" className="text-sm text-red-700">{error}</p> : null}
    </fieldset>
  );
}
