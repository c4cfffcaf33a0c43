"use client";

import { useState, type FormEvent } from "react";
import { checkForm, formErrorFrom, type FormError } from "@/lib/stays/form-errors";
import { useUpdateStayDates } from "@/lib/stays/mutations";
import { stayPatchSchema, type StayPatch } from "@/lib/stays/schema";

/**
 * A small form that changes one stay (its dates, its own times): the values as typed, the same
 * checks as the server before sending, the error on its field, and "done". What was typed stays
 * when the server says no.
 */
export function useStayPatchForm<V extends Record<string, string>>(
  stayId: string,
  initial: V,
  options: { toPatch: (values: V) => StayPatch; check?: (values: V) => FormError | null; onSaved?: () => void },
) {
  const [values, setValues] = useState(initial);
  const [error, setError] = useState<FormError | null>(null);
  const [done, setDone] = useState(false);
  const update = useUpdateStayDates(stayId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    const patch = options.toPatch(values);
    const checked = checkForm(stayPatchSchema, patch);
    if (!checked.ok) return setError(checked.error);
    const problem = options.check?.(values) ?? null;
    if (problem) return setError(problem);
    setError(null);
    try {
      await update.mutateAsync(patch);
      setDone(true);
      options.onSaved?.();
    } catch (failure) {
      setError(formErrorFrom(failure));
    }
  }

  return {
    values,
    setValue: (key: keyof V, value: string) => setValues((v) => ({ ...v, [key]: value })),
    error,
    errorFor: (field: string) => (error?.field === field ? error.message : undefined),
    /** The error when it belongs to no field shown: the form says it as a whole. */
    formError: error && !(error.field !== null && error.field in initial) ? error.message : null,
    done,
    pending: update.isPending,
    submit,
  };
}
