"use client";

import { useTranslations } from "next-intl";
import { inputClasses } from "@/components/ui/input-classes";
import type { EntryFilter } from "@/lib/activity/queries";
import type { Pin } from "@/lib/pins/types";

/** Filters for the door entries: one PIN (when `pins` is given), and a range of lock-local days. */
export function EntryFilters({ pins, filter, onChange }: { pins?: Pin[]; filter: EntryFilter; onChange: (filter: EntryFilter) => void }) {
  const t = useTranslations("activity");
  const set = (key: keyof EntryFilter, value: string) => onChange({ ...filter, [key]: value || undefined });
  return (
    <form className={pins ? "grid gap-3 sm:grid-cols-3" : "grid gap-3 sm:grid-cols-2"} onSubmit={(e) => e.preventDefault()} aria-label={t("filters")}>
      {pins ? <div className="space-y-1">
        <label htmlFor="entries-pin" className="block text-sm font-medium text-slate-800">{t("pin")}</label>
        <select id="entries-pin" className={inputClasses} value={filter.pinId ?? ""} onChange={(e) => set("pinId", e.target.value)}>
          <option value="">{t("allPins")}</option>
          {pins.map((pin) => (
            <option key={pin.id} value={pin.id}>{pin.name}</option>
          ))}
        </select>
      </div> : null}
      <div className="space-y-1">
        <label htmlFor="entries-from" className="block text-sm font-medium text-slate-800">{t("from")}</label>
        <input id="entries-from" type="date" className={inputClasses} value={filter.from ?? ""} max={filter.to} onChange={(e) => set("from", e.target.value)} />
      </div>
      <div className="space-y-1">
        <label htmlFor="entries-to" className="block text-sm font-medium text-slate-800">{t("to")}</label>
        <input id="entries-to" type="date" className={inputClasses} value={filter.to ?? ""} min={filter.from} onChange={(e) => set("to", e.target.value)} />
      </div>
    </form>
  );
}
