"use client";

import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { inputClasses } from "@/components/ui/input-classes";
import { cn } from "@/components/ui/cn";
import { filterPins, matchesSearch, PIN_FILTERS, type PinFilter } from "@/lib/pins/filter";
import type { Pin } from "@/lib/pins/types";

export interface PinFilterState {
  filter: PinFilter;
  query: string;
}

/** The PINs a list shows under the chosen filter and search, and the props for its filter bar. */
export function usePinFilters<T extends Pin>(pins: T[], zone: string) {
  const [state, setState] = useState<PinFilterState>({ filter: "all", query: "" });
  const visible = useMemo(
    () => filterPins(pins, state.filter, new Date(), zone).filter((pin) => matchesSearch(pin, state.query)),
    [pins, state, zone],
  );
  return { visible, controls: { state, onChange: setState, shown: visible.length, total: pins.length } };
}

/** Segmented filter buttons and a search field; says how many PINs match. */
export function PinFilters({ state, onChange, shown, total, idPrefix = "pins" }: { state: PinFilterState; onChange: (state: PinFilterState) => void; shown?: number; total?: number; idPrefix?: string }) {
  const t = useTranslations("pins");
  const filtered = state.filter !== "all" || state.query.trim() !== "";
  const count = shown === undefined ? null : shown === 0 ? t("filter.noneMatch") : total === undefined ? t("filter.matches", { count: shown }) : t("filter.showing", { shown, total });
  return (
    <div className="space-y-2">
      <div role="group" aria-label={t("filter.group")} className="flex flex-wrap gap-1">
        {PIN_FILTERS.map((filter) => (
          <button
            key={filter}
            type="button"
            aria-pressed={state.filter === filter}
            onClick={() => onChange({ ...state, filter })}
            className={cn(
              "min-h-touch min-w-touch rounded-lg px-3 text-sm font-medium ring-1 ring-inset",
              state.filter === filter ? "bg-indigo-600 text-white ring-indigo-600" : "bg-white text-slate-800 ring-slate-300 hover:bg-slate-50",
            )}
          >
            {t(`filter.${filter}`)}
          </button>
        ))}
      </div>
      <div className="space-y-1">
        <label htmlFor={`${idPrefix}-search`} className="block text-sm font-medium text-slate-800">{t("filter.search")}</label>
        <input
          id={`${idPrefix}-search`}
          type="search"
          className={inputClasses}
          value={state.query}
          autoComplete="off"
          onChange={(e) => onChange({ ...state, query: e.target.value })}
        />
      </div>
      <p className="text-sm text-slate-600" role="status" data-testid="pin-filter-count">
        {filtered || total === undefined ? count : null}
      </p>
    </div>
  );
}
