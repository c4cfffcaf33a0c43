"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { describedBy, Field, inputClasses } from "@/components/ui/field";
import { checkForm, formErrorFrom, type FormError } from "@/lib/stays/form-errors";
import { useUpdateStayDates } from "@/lib/stays/mutations";
import { stayPatchSchema } from "@/lib/stays/schema";

/** The stay's own check-in and check-out times (early arrival, late departure); empty: the property's. */
export function StayTimesForm({ stayId, checkInTime, checkOutTime }: { stayId: string; checkInTime: string | null; checkOutTime: string | null }) {
  const [values, setValues] = useState({ checkInTime: checkInTime ?? "", checkOutTime: checkOutTime ?? "" });
  const [error, setError] = useState<FormError | null>(null);
  const [done, setDone] = useState(false);
  const update = useUpdateStayDates(stayId);
  const errorFor = (field: string) => (error?.field === field ? error.message : undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    const patch = { checkInTime: values.checkInTime || null, checkOutTime: values.checkOutTime || null };
    const checked = checkForm(stayPatchSchema, patch);
    if (!checked.ok) return setError(checked.error);
    setError(null);
    try {
      await update.mutateAsync(patch);
      setDone(true);
    } catch (failure) {
      setError(formErrorFrom(failure));
    }
  }

  const input = (key: "checkInTime" | "checkOutTime", label: string) => (
    <Field id={`own-${key}`} label={label} hint="Empty: the property's time" error={errorFor(key)}>
      <input id={`own-${key}`} type="time" className={inputClasses} value={values[key]} onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))} aria-invalid={Boolean(errorFor(key))} aria-describedby={describedBy(`own-${key}`, { hint: true, error: errorFor(key) })} />
    </Field>
  );

  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <div className="grid grid-cols-2 gap-3">
        {input("checkInTime", "Own check-in")}
        {input("checkOutTime", "Own check-out")}
      </div>
      {error && error.field !== "checkInTime" && error.field !== "checkOutTime" ? <Callout tone="bad" role="alert">{error.message}</Callout> : null}
      {done ? <Callout tone="good" role="status">Saved. A calendar moving the dates keeps these times.</Callout> : null}
      <Button type="submit" variant="secondary" disabled={update.isPending} className="w-full sm:w-auto">Save times</Button>
    </form>
  );
}
