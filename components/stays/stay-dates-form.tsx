"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useFormChecks } from "@/components/forms/use-form-checks";
import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { describedBy, Field } from "@/components/ui/field";
import { inputClasses } from "@/components/ui/input-classes";
import { validateStayDates } from "@/lib/stays/dates";
import { stayPatchErrors } from "@/lib/stays/form-checks";
import { useUpdateStayDates } from "@/lib/stays/mutations";

type Dates = { arrival: string; departure: string };

/** Every date problem at once: each field's own, then departure against arrival. */
function checkDates(values: Dates) {
  const errors = stayPatchErrors(values);
  const between = validateStayDates(values.arrival, values.departure);
  if (between) errors[between.field] ??= between.message;
  return errors;
}

/** Moves every door's PIN to new dates; what was typed stays when the server says no. */
export function StayDatesForm({ stayId, arrival, departure, busy, onMoved }: { stayId: string; arrival: string; departure: string; busy: boolean; onMoved: () => void }) {
  const [values, setValues] = useState<Dates>({ arrival, departure });
  const [done, setDone] = useState(false);
  const update = useUpdateStayDates(stayId);
  const t = useTranslations("stays.changes");
  const checks = useFormChecks(checkDates);
  const { errorFor, formRef } = checks;
  const formError = Object.entries(checks.errors).find(([field]) => field !== "arrival" && field !== "departure")?.[1];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    if (!checks.validate(values)) return;
    try {
      await update.mutateAsync(values);
      setDone(true);
      onMoved();
    } catch (failure) {
      checks.refuse(failure);
    }
  }

  const input = (key: keyof Dates, label: string) => (
    <Field id={`move-${key}`} label={label} error={errorFor(key)} className="min-w-0">
      <input
        id={`move-${key}`}
        type="date"
        className={inputClasses}
        value={values[key]}
        onChange={(e) => {
          const next = { ...values, [key]: e.target.value };
          setValues(next);
          checks.recheck(next);
        }}
        aria-invalid={Boolean(errorFor(key))}
        aria-describedby={describedBy(`move-${key}`, { error: errorFor(key) })}
      />
    </Field>
  );

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="space-y-3">
      <div className="grid grid-cols-2 gap-3">
        {input("arrival", t("newArrival"))}
        {input("departure", t("newDeparture"))}
      </div>
      {formError ? <div data-form-error tabIndex={-1}><Callout tone="bad" role="alert">{formError}</Callout></div> : null}
      {/* Only while the doors are still being changed: once every door is saved the notice has done its job. */}
      {done && busy ? <Callout tone="info" role="status">{t("moving")}</Callout> : null}
      <Button type="submit" variant="secondary" disabled={update.isPending} className="w-full sm:w-auto">{t("changeDates")}</Button>
    </form>
  );
}
