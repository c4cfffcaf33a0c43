"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { Field, describedBy, inputClasses } from "@/components/ui/field";
import { ApiClientError } from "@/lib/api/client";
import { alwaysPreset, fromNowPreset, inputFromForm, type PinFormValues } from "@/lib/pins/form";
import { endsInThePast } from "@/lib/pins/form-past";
import { validatePinForm, type FormErrors } from "@/lib/pins/form-validation";
import { generatePinCode } from "@/lib/pins/generate-code";
import { StayPreset } from "./stay-preset";
import { WallTimeField } from "./wall-time-field";
import { WeekdayPicker } from "./weekday-picker";

interface PinFormProps {
  lockZone: string;
  initial: PinFormValues;
  takenCodes: string[];
  submitLabel: string;
  onSubmit: (values: PinFormValues) => Promise<unknown>;
  onCancel: () => void;
}

export function PinForm({ lockZone, initial, takenCodes, submitLabel, onSubmit, onCancel }: PinFormProps) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FormErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // After the first submit every field checks itself again as it changes, so a fixed field loses its error.
  const [submitted, setSubmitted] = useState(false);
  const [focusErrors, setFocusErrors] = useState(0);
  const [pastWarning, setPastWarning] = useState(false);
  const pastConfirmed = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);
  const viewerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const set = (patch: Partial<PinFormValues>) => {
    const next = { ...values, ...patch };
    setValues(next);
    if (submitted) setErrors(validatePinForm(next, takenCodes, lockZone));
    if (pastWarning) {
      pastConfirmed.current = false;
      setPastWarning(false);
    }
  };

  // A failed submit brings the first field in error into view (mid-screen, clear of the dialog's header) and focuses it.
  useEffect(() => {
    if (!focusErrors) return;
    const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    first?.scrollIntoView({ block: "center" });
    first?.focus({ preventScroll: true });
  }, [focusErrors]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    const found = validatePinForm(values, takenCodes, lockZone);
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length) {
      setFocusErrors((n) => n + 1);
      return;
    }
    if (endsInThePast(inputFromForm(values), lockZone, new Date()) && !pastConfirmed.current) {
      setPastWarning(true);
      return;
    }
    setBusy(true);
    try {
      await onSubmit(values);
    } catch (error) {
      // The host's input stays in the form; only the message changes.
      if (error instanceof ApiClientError && error.field) {
        setErrors({ [error.field]: error.message });
        setFocusErrors((n) => n + 1);
      }
      else setFormError(error instanceof Error ? error.message : "Saving failed. Try again.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="space-y-5">
      {formError ? <Callout tone="bad" role="alert">{formError}</Callout> : null}
      <Field id="pin-name" label="Name" hint="Up to 20 characters, shown on the lock's list." error={errors.name}>
        <input id="pin-name" value={values.name} onChange={(e) => set({ name: e.target.value })} autoComplete="off" aria-invalid={Boolean(errors.name)} aria-describedby={describedBy("pin-name", { hint: 1, error: errors.name })} className={inputClasses} />
      </Field>
      <Field id="pin-code" label="Code" hint="6 digits from 1 to 9, not starting with 12." error={errors.code}>
        <div className="flex gap-2">
          <input id="pin-code" value={values.code} onChange={(e) => set({ code: e.target.value })} inputMode="numeric" autoComplete="off" aria-invalid={Boolean(errors.code)} aria-describedby={describedBy("pin-code", { hint: 1, error: errors.code })} className={`${inputClasses} font-mono tracking-widest`} />
          <Button variant="secondary" onClick={() => set({ code: generatePinCode(takenCodes) })}>Generate</Button>
        </div>
      </Field>
      <label className="flex min-h-touch items-center gap-3 text-sm font-medium">
        <input type="checkbox" checked={values.enabled} onChange={(e) => set({ enabled: e.target.checked })} className="h-5 w-5 rounded border-slate-300 text-indigo-600" />
        Enabled
      </label>
      <fieldset className="space-y-3 rounded-xl bg-slate-50 p-3 ring-1 ring-slate-200">
        <legend className="px-1 text-sm font-semibold">When it works</legend>
        <div className="flex flex-wrap gap-2" role="group" aria-label="Presets">
          <Button variant="secondary" onClick={() => set(alwaysPreset())}>Always</Button>
          <Button variant="secondary" onClick={() => set(fromNowPreset(lockZone, new Date()))}>From now for a week</Button>
        </div>
        <StayPreset onApply={(window) => set(window)} />
        <WallTimeField id="pin-valid-from" label="Valid from" value={values.validFrom} onChange={(v) => set({ validFrom: v })} lockZone={lockZone} viewerZone={viewerZone} error={errors.validFrom} />
        <WallTimeField id="pin-valid-until" label="Valid until" value={values.validUntil} onChange={(v) => set({ validUntil: v })} lockZone={lockZone} viewerZone={viewerZone} error={errors.validUntil} />
        <WeekdayPicker value={values.weekdays} onChange={(weekdays) => set({ weekdays })} error={errors.weekdays} />
        <div className="grid grid-cols-2 gap-2">
          <Field id="pin-daily-from" label="Daily from" error={errors.dailyFrom}>
            <input id="pin-daily-from" type="time" value={values.dailyFrom} onChange={(e) => set({ dailyFrom: e.target.value })} aria-invalid={Boolean(errors.dailyFrom)} className={inputClasses} />
          </Field>
          <Field id="pin-daily-until" label="Daily until" error={errors.dailyUntil}>
            <input id="pin-daily-until" type="time" value={values.dailyUntil} onChange={(e) => set({ dailyUntil: e.target.value })} aria-invalid={Boolean(errors.dailyUntil)} className={inputClasses} />
          </Field>
        </div>
        <p className="text-xs text-slate-600">Daily hours and days are in the lock&apos;s time ({lockZone}); leave the hours empty for all day.</p>
      </fieldset>
      {pastWarning ? (
        <Callout tone="warn" role="alert" title="This window has already ended">
          <p>On the lock&apos;s clock ({lockZone}) this code would never open the door. Save it anyway?</p>
          <Button
            variant="secondary"
            className="mt-2"
            onClick={() => {
              pastConfirmed.current = true;
              formRef.current?.requestSubmit();
            }}
          >
            Save anyway
          </Button>
        </Callout>
      ) : null}
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="ghost" onClick={onCancel}>Cancel</Button>
        <Button type="submit" disabled={busy}>{busy ? "Saving…" : submitLabel}</Button>
      </div>
    </form>
  );
}
