"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Spinner } from "@/components/ui/spinner";
import { locksQueryOptions } from "@/lib/locks/queries";
import { toggleLock } from "@/lib/properties/form";

/** The property's doors: the account's locks as checkboxes, each a full-width 44 px row. */
export function DoorPicker({ value, onChange, error }: { value: number[]; onChange: (lockIds: number[]) => void; error?: string }) {
  const locks = useQuery(locksQueryOptions());
  const t = useTranslations("properties");
  return (
    <fieldset className="space-y-1" aria-describedby={error ? "property-doors-error" : undefined}>
      <legend className="text-sm font-medium text-slate-800">{t("doors.legend")}</legend>
      {locks.isPending ? <Spinner className="h-5 w-5" /> : null}
      {locks.error ? <p className="text-sm text-red-700">{t("doors.loadError", { message: locks.error.message })}</p> : null}
      <ul className="divide-y divide-slate-100 rounded-lg ring-1 ring-slate-200">
        {(locks.data ?? []).map((lock) => (
          <li key={lock.id}>
            <label className="flex min-h-touch cursor-pointer items-center gap-3 px-3 py-2">
              <input
                type="checkbox"
                className="h-5 w-5"
                checked={value.includes(lock.id)}
                onChange={(e) => onChange(toggleLock(value, lock.id, e.target.checked))}
                aria-invalid={Boolean(error)}
              />
              <span className="min-w-0 flex-1">
                <span className="block font-medium">{lock.name}</span>
                <span className="block text-xs text-slate-600">
                  {lock.timeZone}
                  {lock.keypad.paired ? "" : ` · ${t("doors.noKeypad")}`}
                </span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      {error ? <p id="property-doors-error" role="alert" className="text-sm text-red-700">{error}</p> : null}
    </fieldset>
  );
}
