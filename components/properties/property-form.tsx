"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { describedBy, Field } from "@/components/ui/field";
import { inputClasses } from "@/components/ui/input-classes";
import { MessageLanguageSelect } from "@/components/messages/message-language-select";
import type { Locale } from "@/lib/i18n/config";
import { PLACEHOLDERS } from "@/lib/messages/template";
import { inputFromPropertyForm, type PropertyFormValues } from "@/lib/properties/form";
import { propertyErrors } from "@/lib/properties/form-checks";
import type { PropertyInput } from "@/lib/properties/types";
import { useFormChecks } from "@/components/forms/use-form-checks";
import { MAX_CHECK_HOURS, MAX_CHECKS } from "@/lib/checks/rules";
import { DoorPicker } from "./door-picker";

const FIELDS = ["name", "lockIds", "checkInTime", "checkOutTime", "earlyMinutes", "lateMinutes", "messageTemplate", "messageTemplateDe", "messageLanguage", "checkHours"];

/** Create or edit a property; what was typed stays when the server says no. */
export function PropertyForm({ initial, submitLabel, onSubmit }: {
  initial: PropertyFormValues;
  submitLabel: string;
  onSubmit: (input: PropertyInput) => Promise<unknown>;
}) {
  const [values, setValues] = useState(initial);
  const [busy, setBusy] = useState(false);
  const tm = useTranslations("guestMessages.property");
  const tp = useTranslations("properties");
  const checks = useFormChecks((v: PropertyFormValues) => propertyErrors(inputFromPropertyForm(v)));
  const { errorFor, formRef } = checks;
  const set = <K extends keyof PropertyFormValues>(key: K, value: PropertyFormValues[K]) => {
    const next = { ...values, [key]: value };
    setValues(next);
    checks.recheck(next);
  };
  const formError = Object.entries(checks.errors).find(([field]) => !FIELDS.includes(field))?.[1];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!checks.validate(values)) return;
    setBusy(true);
    try {
      await onSubmit(inputFromPropertyForm(values));
    } catch (failure) {
      checks.refuse(failure);
    } finally {
      setBusy(false);
    }
  }

  const text = (id: string, key: "name" | "checkInTime" | "checkOutTime" | "earlyMinutes" | "lateMinutes" | "checkHours", label: string, props: Record<string, string> = {}, hint?: string) => (
    <Field id={id} label={label} hint={hint} error={errorFor(key)}>
      <input
        id={id}
        className={inputClasses}
        value={values[key]}
        onChange={(e) => set(key, e.target.value)}
        aria-invalid={Boolean(errorFor(key))}
        aria-describedby={describedBy(id, { hint: Boolean(hint), error: errorFor(key) })}
        {...props}
      />
    </Field>
  );

  // One template per language, each checked for unknown placeholders on its own field; the hint above both lists the placeholders.
  const template = (id: string, key: "messageTemplate" | "messageTemplateDe", label: string, language: Locale) => (
    <Field id={id} label={label} error={errorFor(key)}>
      <textarea
        id={id}
        lang={language}
        rows={4}
        className={inputClasses}
        value={values[key]}
        onChange={(e) => set(key, e.target.value)}
        aria-invalid={Boolean(errorFor(key))}
        aria-describedby={["property-template-hint", errorFor(key) ? `${id}-error` : null].filter(Boolean).join(" ")}
      />
    </Field>
  );

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="space-y-4">
      {text("property-name", "name", tp("form.name"), { autoComplete: "off", placeholder: tp("form.namePlaceholder") })}
      <DoorPicker value={values.lockIds} onChange={(ids) => set("lockIds", ids)} error={errorFor("lockIds")} />
      <div className="grid grid-cols-2 gap-3">
        {text("property-check-in", "checkInTime", tp("form.checkIn"), { type: "time" })}
        {text("property-check-out", "checkOutTime", tp("form.checkOut"), { type: "time" })}
        {text("property-early", "earlyMinutes", tp("form.early"), { inputMode: "numeric" })}
        {text("property-late", "lateMinutes", tp("form.late"), { inputMode: "numeric" })}
      </div>
      {text(
        "property-check-hours",
        "checkHours",
        tp("form.checkHours"),
        { inputMode: "numeric", autoComplete: "off", placeholder: "24, 2" },
        tp("form.checkHoursHint", { max: MAX_CHECKS, maxHours: MAX_CHECK_HOURS }),
      )}
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-slate-900">{tm("legend")}</legend>
        <MessageLanguageSelect
          id="property-message-language"
          label={tm("language")}
          hint={tm("languageHint")}
          value={values.messageLanguage}
          onChange={(language) => set("messageLanguage", language)}
        />
        <p id="property-template-hint" className="text-xs text-slate-600">
          {tm("hint")}{" "}{PLACEHOLDERS.map((p) => <code key={p} className="mr-1">{`{${p}}`}</code>)}
        </p>
        {template("property-template", "messageTemplate", tm("template.en"), "en")}
        {template("property-template-de", "messageTemplateDe", tm("template.de"), "de")}
      </fieldset>
      {formError ? <div data-form-error tabIndex={-1}><Callout tone="bad" role="alert">{formError}</Callout></div> : null}
      <Button type="submit" disabled={busy} className="w-full sm:w-auto">{busy ? tp("form.saving") : submitLabel}</Button>
    </form>
  );
}
