"use client";

import { useRef, useState, type FormEvent } from "react";
import { useFormChecks } from "@/components/forms/use-form-checks";
import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { Field, describedBy } from "@/components/ui/field";
import { inputClasses } from "@/components/ui/input-classes";
import { alwaysPreset, fromNowPreset, inputFromForm, type PinFormValues } from "@/lib/pins/form";
import { endsInThePast } from "@/lib/pins/form-past";
import { validatePinForm } from "@/lib/pins/form-validation";
import type { FieldErrors } from "@/lib/stays/form-errors";
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

/** The fields the form shows an error under; any other refusal is the form's own, shown on top. */
const FIELDS = new Set(["name", "code", "validFrom", "validUntil", "weekdays", "dailyFrom", "dailyUntil"]);

export function PinForm({ lockZone, initial, takenCodes, submitLabel, onSubmit, onCancel }: PinFormProps) {
  const [values, setValues] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [pastWarning, setPastWarning] = useState(false);
  const pastConfirmed = useRef(false);
  // The shared checks: re-checked as fields change after the first submit, the first error scrolled to and focused.
  const checks = useFormChecks((v: PinFormValues): FieldErrors => {
    const found: FieldErrors = {};
    for (const [field, message] of Object.entries(validatePinForm(v, takenCodes, lockZone))) if (message) found[field] = message;
    return found;
  });
  const { errorFor, formRef } = checks;
  const formError = Object.entries(checks.errors).find(([field]) => !FIELDS.has(field))?.[1];
  const viewerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const set = (patch: Partial<PinFormValues>) => {
    const next = { ...values, ...patch };
    setValues(next);
    checks.recheck(next);
    if (pastWarning) {
      pastConfirmed.current = false;
      setPastWarning(false);
    }
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!checks.validate(values)) return;
    if (endsInThePast(inputFromForm(values), lockZone, new Date()) && !pastConfirmed.current) {
      setPastWarning(true);
      return;
    }
    setBusy(true);
    try {
      await onSubmit(values);
    } catch (failure) {
      // The host's input stays in the form; only the message changes, under the field the server names.
      checks.refuse(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="space-y-5">
      {formError ? <Callout tone="bad" role="alert">{formError}</Callout> : null}
      <Field id="pin-name" label="Name" hint="Up to 20 characters, shown on the lock's list." error={errorFor("name")}>
        <input id="pin-name" value={values.name} onChange={(e) => set({ name: e.target.value })} autoComplete="off" aria-invalid={Boolean(errorFor("name"))} aria-describedby={describedBy("pin-name", { hint: 1, error: errorFor("name") })} className={inputClasses} />
      </Field>
      <Field id="pin-code" label="Code" hint="6 digits from 1 to 9, not starting with 12." error={errorFor("code")}>
        <div className="flex gap-2">
          <input id="pin-code" value={values.code} onChange={(e) => set({ code: e.target.value })} inputMode="numeric" autoComplete="off" aria-invalid={Boolean(errorFor("code"))} aria-describedby={describedBy("pin-code", { hint: 1, error: errorFor("code") })} className={`${inputClasses} font-mono tracking-widest`} />
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
        <WallTimeField id="pin-valid-from" label="Valid from" value={values.validFrom} onChange={(v) => set({ validFrom: v })} lockZone={lockZone} viewerZone={viewerZone} error={errorFor("validFrom")} />
        <WallTimeField id="pin-valid-until" label="Valid until" value={values.validUntil} onChange={(v) => set({ validUntil: v })} lockZone={lockZone} viewerZone={viewerZone} error={errorFor("validUntil")} />
        <WeekdayPicker value={values.weekdays} onChange={(weekdays) => set({ weekdays })} error={errorFor("weekdays")} />
        <div className="grid grid-cols-2 gap-2">
          <Field id="pin-daily-from" label="Daily from" error={errorFor("dailyFrom")}>
            <input id="pin-daily-from" type="time" value={values.dailyFrom} onChange={(e) => set({ dailyFrom: e.target.value })} aria-invalid={Boolean(errorFor("dailyFrom"))} className={inputClasses} />
          </Field>
          <Field id="pin-daily-until" label="Daily until" error={errorFor("dailyUntil")}>
            <input id="pin-daily-until" type="time" value={values.dailyUntil} onChange={(e) => set({ dailyUntil: e.target.value })} aria-invalid={Boolean(errorFor("dailyUntil"))} className={inputClasses} />
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
