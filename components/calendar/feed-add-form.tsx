"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useValidationText } from "@/components/forms/use-validation-text";
import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { describedBy, Field } from "@/components/ui/field";
import { inputClasses } from "@/components/ui/input-classes";
import { useAddFeed } from "@/lib/calendar/mutations";
import { feedCreateError } from "@/lib/calendar/form-checks";
import type { DemoFeedLink } from "@/lib/calendar/demo-links";
import { FEED_LABELS, type FeedLabel } from "@/lib/calendar/types";
import { formErrorFrom, type FormError } from "@/lib/stays/form-errors";

/** Paste a listing's calendar link; it is read at once. What was typed stays when it is refused. */
export function FeedAddForm({ propertyId, demoFeeds = [] }: { propertyId: string; demoFeeds?: DemoFeedLink[] }) {
  const [values, setValues] = useState<{ label: FeedLabel; url: string }>({ label: "Airbnb", url: "" });
  const [error, setError] = useState<FormError | null>(null);
  const add = useAddFeed(propertyId);
  const validationText = useValidationText();
  const t = useTranslations("calendar");
  const errorFor = (field: string) => (error?.field === field ? error.message : undefined);

  async function submit(event: FormEvent | null, chosen = values) {
    event?.preventDefault();
    const problem = feedCreateError(chosen);
    if (problem) return setError({ ...problem, message: validationText(problem.message) });
    setError(null);
    try {
      await add.mutateAsync(chosen);
      setValues((v) => ({ ...v, url: "" }));
    } catch (failure) {
      setError(formErrorFrom(failure));
    }
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-label={t("addForm.label")}>
      <div className="grid gap-3 sm:grid-cols-[10rem_1fr]">
        <Field id="feed-label" label={t("addForm.platform")}>
          <select id="feed-label" className={inputClasses} value={values.label} onChange={(e) => setValues((v) => ({ ...v, label: e.target.value as FeedLabel }))}>
            {FEED_LABELS.map((label) => <option key={label} value={label}>{label === "other" ? t("addForm.other") : label}</option>)}
          </select>
        </Field>
        <Field id="feed-url" label={t("addForm.link")} hint={t("addForm.linkHint")} error={errorFor("url")}>
          <input id="feed-url" type="url" inputMode="url" autoComplete="off" className={inputClasses} value={values.url} onChange={(e) => setValues((v) => ({ ...v, url: e.target.value }))} aria-invalid={Boolean(errorFor("url"))} aria-describedby={describedBy("feed-url", { hint: true, error: errorFor("url") })} />
        </Field>
      </div>
      {error && error.field !== "url" ? <Callout tone="bad" role="alert">{error.message}</Callout> : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={add.isPending} className="w-full sm:w-auto">{add.isPending ? t("addForm.adding") : t("addForm.add")}</Button>
        {demoFeeds.map((demo) => (
          <Button key={demo.url} variant="secondary" disabled={add.isPending} className="w-full sm:w-auto" onClick={() => void submit(null, { label: demo.label, url: demo.url })}>
            {t("addForm.addDemo", { label: demo.label })}
          </Button>
        ))}
      </div>
    </form>
  );
}
