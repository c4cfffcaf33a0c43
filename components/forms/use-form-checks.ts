"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { errorsFrom, formErrorFrom, type FieldErrors } from "@/lib/stays/form-errors";
import { useValidationText } from "./use-validation-text";

/** What a form shows for a refusal that names no field; a field's own error sits under that field. */
export const FORM_ERROR = "";

/**
 * A form's errors, the one owner of how every form (PIN, stay, property) shows them: after the first
 * submit every field re-checks as it changes, and a failed submit (the browser's check or the
 * server's) brings the first error into view, clear of a sticky header, and focuses it. The values
 * themselves stay with the form. A check answers with keys (`validation.…`); the errors come back
 * in the page's language.
 */
export function useFormChecks<V>(check: (values: V) => FieldErrors) {
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitted, setSubmitted] = useState(false);
  const [focusErrors, setFocusErrors] = useState(0);
  const text = useValidationText();
  const shown = useMemo<FieldErrors>(() => Object.fromEntries(Object.entries(errors).map(([field, message]) => [field, text(message)])), [errors, text]);

  useEffect(() => {
    if (!focusErrors) return;
    const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-form-error]');
    first?.scrollIntoView({ block: "center" });
    first?.focus({ preventScroll: true });
  }, [focusErrors]);

  const show = (found: FieldErrors) => {
    setErrors(found);
    if (Object.keys(found).length) setFocusErrors((n) => n + 1);
  };

  return {
    formRef,
    errors: shown,
    errorFor: (field: string): string | undefined => shown[field],
    /** Called with the new values on every change: re-checks once the host has tried to submit. */
    recheck(values: V) {
      if (submitted) setErrors(check(values));
    },
    /** On submit: true when the values may be sent; otherwise the errors show and the first is focused. */
    validate(values: V): boolean {
      setSubmitted(true);
      const found = check(values);
      show(found);
      return Object.keys(found).length === 0;
    },
    /** The server said no: its message goes under the field it names, or above the button. */
    refuse(failure: unknown) {
      show(errorsFrom(formErrorFrom(failure)));
    },
  };
}
