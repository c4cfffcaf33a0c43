"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { useFormChecks } from "@/components/forms/use-form-checks";
import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { Field, describedBy } from "@/components/ui/field";
import { inputClasses } from "@/components/ui/input-classes";
import { TimeInput } from "@/components/ui/time-input";
import { useTranslate } from "@/lib/i18n/use-translate";
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
  const t = useTranslations("pinForm");
  const timeWords = useTranslate("time");
  const locale = useLocale();
  const [values, setValues] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [pastWarning, setPastWarning] = useState(false);
  const pastConfirmed = useRef(false);
  // The shared checks: re-checked as fields change after the first submit, the first error scrolled to and focused.
  const checks = useFormChecks((v: PinFormValues): FieldErrors => {
    const found: FieldErrors = {};
    for (const [field, message] of Object.entries(validatePinForm(v, takenCodes, lockZone, { t: timeWords, locale }))) if (message) found[field] = message;
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
      <Field id="pin-name" label={t("name.label")} hint={t("name.hint")} error={errorFor("name")}>
        <input id="pin-name" value={values.name} onChange={(e) => set({ name: e.target.value })} autoComplete="off" aria-invalid={Boolean(errorFor("name"))} aria-describedby={describedBy("pin-name", { hint: 1, error: errorFor("name") })} className={inputClasses} />
      </Field>
      <Field id="pin-code" label={t("code.label")} hint={t("code.hint")} error={errorFor("code")}>
        <div className="flex gap-2">
          <input id="pin-code" value={values.code} onChange={(e) => set({ code: e.target.value })} inputMode="numeric" autoComplete="off" aria-invalid={Boolean(errorFor("code"))} aria-describedby={describedBy("pin-code", { hint: 1, error: errorFor("code") })} className={`${inputClasses} font-mono tracking-widest`} />
          <Button variant="secondary" onClick={() => set({ code: generatePinCode(takenCodes) })}>{t("code.generate")}</Button>
        </div>
      </Field>
      <label className="flex min-h-touch items-center gap-3 text-sm font-medium">
        <input type="checkbox" checked={values.enabled} onChange={(e) => set({ enabled: e.target.checked })} className="h-5 w-5 rounded border-slate-300 text-indigo-600" />
        {t("enabled")}
      </label>
      <fieldset className="space-y-3 rounded-xl bg-slate-50 p-3 ring-1 ring-slate-200">
        <legend className="px-1 text-sm font-semibold">{t("window")}</legend>
        <div className="flex flex-wrap gap-2" role="group" aria-label={t("presets.label")}>
          <Button variant="secondary" onClick={() => set(alwaysPreset())}>{t("presets.always")}</Button>
          <Button variant="secondary" onClick={() => set(fromNowPreset(lockZone, new Date()))}>{t("presets.week")}</Button>
        </div>
        <StayPreset onApply={(window) => set(window)} />
        <WallTimeField id="pin-valid-from" label={t("validFrom")} clearLabel={t("clearValidFrom")} value={values.validFrom} onChange={(v) => set({ validFrom: v })} lockZone={lockZone} viewerZone={viewerZone} error={errorFor("validFrom")} />
        <WallTimeField id="pin-valid-until" label={t("validUntil")} clearLabel={t("clearValidUntil")} value={values.validUntil} onChange={(v) => set({ validUntil: v })} lockZone={lockZone} viewerZone={viewerZone} error={errorFor("validUntil")} />
        <WeekdayPicker value={values.weekdays} onChange={(weekdays) => set({ weekdays })} error={errorFor("weekdays")} />
        <div className="grid grid-cols-2 gap-2">
          <Field id="pin-daily-from" label={t("dailyFrom")} error={errorFor("dailyFrom")}>
            <TimeInput id="pin-daily-from" value={values.dailyFrom} onChange={(dailyFrom) => set({ dailyFrom })} aria-invalid={Boolean(errorFor("dailyFrom"))} aria-describedby={describedBy("pin-daily-from", { error: errorFor("dailyFrom") })} />
          </Field>
          <Field id="pin-daily-until" label={t("dailyUntil")} error={errorFor("dailyUntil")}>
            <TimeInput id="pin-daily-until" value={values.dailyUntil} onChange={(dailyUntil) => set({ dailyUntil })} aria-invalid={Boolean(errorFor("dailyUntil"))} aria-describedby={describedBy("pin-daily-until", { error: errorFor("dailyUntil") })} />
          </Field>
        </div>
        <p className="text-xs text-slate-600">{t("dailyHint", { zone: lockZone })}</p>
      </fieldset>
      {pastWarning ? (
        <Callout tone="warn" role="alert" title={t("past.title")}>
          <p>{t("past.text", { zone: lockZone })}</p>
          <Button
            variant="secondary"
            className="mt-2"
            onClick={() => {
              pastConfirmed.current = true;
              formRef.current?.requestSubmit();
            }}
          >
            {t("past.save")}
          </Button>
        </Callout>
      ) : null}
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="ghost" onClick={onCancel}>{t("cancel")}</Button>
        <Button type="submit" disabled={busy}>{busy ? t("saving") : submitLabel}</Button>
      </div>
    </form>
  );
}
