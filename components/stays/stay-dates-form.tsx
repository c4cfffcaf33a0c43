"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { describedBy, Field, inputClasses } from "@/components/ui/field";
import { checkForm, formErrorFrom, type FormError } from "@/lib/stays/form-errors";
import { useUpdateStayDates } from "@/lib/stays/mutations";
import { stayPatchSchema, validateStayDates } from "@/lib/stays/schema";

/** Moves every door's PIN to new dates; what was typed stays when the server says no. */
export function StayDatesForm({ stayId, arrival, departure, busy, onMoved }: { stayId: string; arrival: string; departure: string; busy: boolean; onMoved: () => void }) {
  const [values, setValues] = useState({ arrival, departure });
  const [error, setError] = useState<FormError | null>(null);
  const [done, setDone] = useState(false);
  const update = useUpdateStayDates(stayId);
  const errorFor = (field: string) => (error?.field === field ? error.message : undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    const checked = checkForm(stayPatchSchema, values);
    if (!checked.ok) return setError(checked.error);
    const problem = validateStayDates(values.arrival, values.departure);
    if (problem) return setError(problem);
    setError(null);
    try {
      await update.mutateAsync(values);
      setDone(true);
      onMoved();
    } catch (failure) {
      setError(formErrorFrom(failure));
    }
  }

  const input = (key: "arrival" | "departure", label: string) => (
    <Field id={`move-${key}`} label={label} error={errorFor(key)}>
      <input id={`move-${key}`} type="date" className={inputClasses} value={values[key]} onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))} aria-invalid={Boolean(errorFor(key))} aria-describedby={describedBy(`move-${key}`, { error: errorFor(key) })} />
    </Field>
  );

  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <div className="grid grid-cols-2 gap-3">
        {input("arrival", "New arrival")}
        {input("departure", "New departure")}
      </div>
      {error && error.field !== "arrival" && error.field !== "departure" ? <Callout tone="bad" role="alert">{error.message}</Callout> : null}
      {/* Only while the doors are still being changed: once every door is saved the notice has done its job. */}
      {done && busy ? <Callout tone="info" role="status">Moving the code on every door…</Callout> : null}
      <Button type="submit" variant="secondary" disabled={update.isPending} className="w-full sm:w-auto">Change dates</Button>
    </form>
  );
}
