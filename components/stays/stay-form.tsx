"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { describedBy, Field } from "@/components/ui/field";
import { inputClasses } from "@/components/ui/input-classes";
import { Skeleton } from "@/components/ui/skeleton";
import { propertiesQueryOptions } from "@/lib/properties/queries";
import { useFormChecks } from "@/components/forms/use-form-checks";
import { stayCreateErrors } from "@/lib/stays/form-checks";
import { useCreateStay } from "@/lib/stays/mutations";
import type { StayCreate } from "@/lib/stays/schema";

const FIELDS = ["guestName", "arrival", "departure", "propertyId"];

/** The fast path at the door: four fields, one button, then the stay's page with the code. */
export function StayForm({ propertyId }: { propertyId?: string }) {
  const properties = useQuery(propertiesQueryOptions());
  const create = useCreateStay();
  const router = useRouter();
  const t = useTranslations("stays.form");
  const [values, setValues] = useState<StayCreate>({ guestName: "", arrival: "", departure: "", propertyId: propertyId ?? "" });
  const list = properties.data ?? [];
  // With one property there is nothing to choose.
  const chosenIn = (v: StayCreate) => v.propertyId || (list.length === 1 ? list[0]!.id : "");
  const chosen = chosenIn(values);
  const checks = useFormChecks((v: StayCreate) => stayCreateErrors({ ...v, propertyId: chosenIn(v) }));
  const { errorFor, formRef } = checks;
  const set = (key: keyof StayCreate, value: string) => {
    const next = { ...values, [key]: value };
    setValues(next);
    checks.recheck(next);
  };
  const formError = Object.entries(checks.errors).find(([field]) => !FIELDS.includes(field))?.[1];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!checks.validate(values)) return;
    try {
      const stay = await create.mutateAsync({ ...values, guestName: values.guestName.trim(), propertyId: chosen });
      router.push(`/stays/${stay.id}`);
    } catch (failure) {
      checks.refuse(failure);
    }
  }

  if (properties.isPending) return <Skeleton className="h-64 w-full" />;
  if (properties.data?.length === 0) {
    return (
      <Callout title={t("noProperties")}>
        <p>{t("noPropertiesText")}</p>
        <Link href="/properties" className={buttonClasses("primary", "mt-3")}>{t("createProperty")}</Link>
      </Callout>
    );
  }

  const input = (key: "guestName" | "arrival" | "departure", label: string, props: Record<string, string>) => (
    <Field id={`stay-${key}`} label={label} error={errorFor(key)}>
      <input id={`stay-${key}`} className={inputClasses} value={values[key]} onChange={(e) => set(key, e.target.value)} aria-invalid={Boolean(errorFor(key))} aria-describedby={describedBy(`stay-${key}`, { error: errorFor(key) })} {...props} />
    </Field>
  );

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="space-y-4">
      {input("guestName", t("guestName"), { autoComplete: "off", autoCapitalize: "words" })}
      <div className="grid grid-cols-2 gap-3">
        {input("arrival", t("arrival"), { type: "date" })}
        {input("departure", t("departure"), { type: "date", min: values.arrival })}
      </div>
      <Field id="stay-property" label={t("property")} error={errorFor("propertyId")}>
        <select id="stay-property" className={inputClasses} value={chosen} onChange={(e) => set("propertyId", e.target.value)} aria-invalid={Boolean(errorFor("propertyId"))} aria-describedby={describedBy("stay-property", { error: errorFor("propertyId") })}>
          <option value="">{t("chooseProperty")}</option>
          {list.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </select>
      </Field>
      {formError ? <div data-form-error tabIndex={-1}><Callout tone="bad" role="alert">{formError}</Callout></div> : null}
      <Button type="submit" disabled={create.isPending} className="w-full">{create.isPending ? t("creating") : t("create")}</Button>
    </form>
  );
}
