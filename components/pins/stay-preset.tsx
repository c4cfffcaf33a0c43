"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/input-classes";
import { stayPreset } from "@/lib/pins/form";

/** A guest's stay in two dates: arrival 15:00 to departure 11:00, lock time. */
export function StayPreset({ onApply }: { onApply: (window: ReturnType<typeof stayPreset>) => void }) {
  const t = useTranslations("pinForm");
  const [arrival, setArrival] = useState("");
  const [departure, setDeparture] = useState("");
  return (
    <div className="grid grid-cols-2 items-end gap-2 sm:grid-cols-[1fr_1fr_auto]">
      <div>
        <label htmlFor="stay-arrival" className="block text-sm font-medium">{t("stay.arrival")}</label>
        <input id="stay-arrival" type="date" value={arrival} onChange={(e) => setArrival(e.target.value)} className={inputClasses} />
      </div>
      <div>
        <label htmlFor="stay-departure" className="block text-sm font-medium">{t("stay.departure")}</label>
        <input id="stay-departure" type="date" value={departure} onChange={(e) => setDeparture(e.target.value)} className={inputClasses} />
      </div>
      <Button variant="secondary" className="col-span-2 sm:col-span-1" disabled={!arrival || !departure} onClick={() => onApply(stayPreset(arrival, departure))}>
        {t("stay.use")}
      </Button>
    </div>
  );
}
