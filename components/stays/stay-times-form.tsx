"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useFormChecks } from "@/components/forms/use-form-checks";
import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { describedBy, Field } from "@/components/ui/field";
import { inputClasses } from "@/components/ui/input-classes";
import { TimeInput } from "@/components/ui/time-input";
import { stayPatchErrors } from "@/lib/stays/form-checks";
import { useUpdateStayDates } from "@/lib/stays/mutations";

type Times = { checkInTime: string; checkOutTime: string };
const patchOf = (values: Times) => ({ checkInTime: values.checkInTime || null, checkOutTime: values.checkOutTime || null });

/** The stay's own check-in and check-out times (early arrival, late departure); empty: the property's. */
export function StayTimesForm({ stayId, checkInTime, checkOutTime, busy = false }: { stayId: string; checkInTime: string | null; checkOutTime: string | null; busy?: boolean }) {
  const [values, setValues] = useState<Times>({ checkInTime: checkInTime ?? "", checkOutTime: checkOutTime ?? "" });
  const [done, setDone] = useState(false);
  const update = useUpdateStayDates(stayId);
  const t = useTranslations("stays.changes");
  const checks = useFormChecks((v: Times) => stayPatchErrors(patchOf(v)));
  const { errorFor, formRef } = checks;
  const formError = Object.entries(checks.errors).find(([field]) => field !== "checkInTime" && field !== "checkOutTime")?.[1];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    if (!checks.validate(values)) return;
    try {
      await update.mutateAsync(patchOf(values));
      setDone(true);
    } catch (failure) {
      checks.refuse(failure);
    }
  }

  const input = (key: keyof Times, label: string) => (
    <Field id={`own-${key}`} label={label} hint={t("ownTimeHint")} error={errorFor(key)} className="min-w-0">
      <TimeInput
        id={`own-${key}`}
        className={inputClasses}
        value={values[key]}
        onChange={(typed) => {
          const next = { ...values, [key]: typed };
          setValues(next);
          // A new edit starts over: the last save's notice no longer speaks for what is in the fields.
          setDone(false);
          checks.recheck(next);
        }}
        aria-invalid={Boolean(errorFor(key))}
        aria-describedby={describedBy(`own-${key}`, { hint: true, error: errorFor(key) })}
      />
    </Field>
  );

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="space-y-3">
      <div className="grid grid-cols-2 gap-3">
        {input("checkInTime", t("ownCheckIn"))}
        {input("checkOutTime", t("ownCheckOut"))}
      </div>
      {formError ? <div data-form-error tabIndex={-1}><Callout tone="bad" role="alert">{formError}</Callout></div> : null}
      {/* While the doors take the new times; once they have, the doors' own status says so. */}
      {done && busy ? <Callout tone="info" role="status">{t("changingTimes")}</Callout> : null}
      {done && !busy ? <Callout tone="good" role="status">{t("timesSaved")}</Callout> : null}
      <Button type="submit" variant="secondary" disabled={update.isPending} className="w-full sm:w-auto">{t("saveTimes")}</Button>
    </form>
  );
}
