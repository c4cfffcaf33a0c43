"use client";

import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { describedBy, Field, inputClasses } from "@/components/ui/field";
import { validateStayDates } from "@/lib/stays/schema";
import { useStayPatchForm } from "./use-stay-patch-form";

/** Moves every door's PIN to new dates; what was typed stays when the server says no. */
export function StayDatesForm({ stayId, arrival, departure, busy, onMoved }: { stayId: string; arrival: string; departure: string; busy: boolean; onMoved: () => void }) {
  const form = useStayPatchForm(stayId, { arrival, departure }, {
    toPatch: (values) => values,
    check: (values) => validateStayDates(values.arrival, values.departure),
    onSaved: onMoved,
  });
  const { values, errorFor } = form;

  const input = (key: "arrival" | "departure", label: string) => (
    <Field id={`move-${key}`} label={label} error={errorFor(key)}>
      <input id={`move-${key}`} type="date" className={inputClasses} value={values[key]} onChange={(e) => form.setValue(key, e.target.value)} aria-invalid={Boolean(errorFor(key))} aria-describedby={describedBy(`move-${key}`, { error: errorFor(key) })} />
    </Field>
  );

  return (
    <form onSubmit={form.submit} noValidate className="space-y-3">
      <div className="grid grid-cols-2 gap-3">
        {input("arrival", "New arrival")}
        {input("departure", "New departure")}
      </div>
      {form.formError ? <Callout tone="bad" role="alert">{form.formError}</Callout> : null}
      {/* Only while the doors are still being changed: once every door is saved the notice has done its job. */}
      {form.done && busy ? <Callout tone="info" role="status">Moving the code on every door…</Callout> : null}
      <Button type="submit" variant="secondary" disabled={form.pending} className="w-full sm:w-auto">Change dates</Button>
    </form>
  );
}
