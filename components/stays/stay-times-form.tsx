"use client";

import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { describedBy, Field, inputClasses } from "@/components/ui/field";
import { useStayPatchForm } from "./use-stay-patch-form";

/** The stay's own check-in and check-out times (early arrival, late departure); empty: the property's. */
export function StayTimesForm({ stayId, checkInTime, checkOutTime }: { stayId: string; checkInTime: string | null; checkOutTime: string | null }) {
  const form = useStayPatchForm(stayId, { checkInTime: checkInTime ?? "", checkOutTime: checkOutTime ?? "" }, {
    toPatch: (values) => ({ checkInTime: values.checkInTime || null, checkOutTime: values.checkOutTime || null }),
  });
  const { values, errorFor } = form;

  const input = (key: "checkInTime" | "checkOutTime", label: string) => (
    <Field id={`own-${key}`} label={label} hint="Empty: the property's time" error={errorFor(key)}>
      <input id={`own-${key}`} type="time" className={inputClasses} value={values[key]} onChange={(e) => form.setValue(key, e.target.value)} aria-invalid={Boolean(errorFor(key))} aria-describedby={describedBy(`own-${key}`, { hint: true, error: errorFor(key) })} />
    </Field>
  );

  return (
    <form onSubmit={form.submit} noValidate className="space-y-3">
      <div className="grid grid-cols-2 gap-3">
        {input("checkInTime", "Own check-in")}
        {input("checkOutTime", "Own check-out")}
      </div>
      {form.formError ? <Callout tone="bad" role="alert">{form.formError}</Callout> : null}
      {form.done ? <Callout tone="good" role="status">Saved. A calendar moving the dates keeps these times.</Callout> : null}
      <Button type="submit" variant="secondary" disabled={form.pending} className="w-full sm:w-auto">Save times</Button>
    </form>
  );
}
