"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { QueryError } from "@/components/ui/query-error";
import { Skeleton } from "@/components/ui/skeleton";
import { locksQueryOptions } from "@/lib/locks/queries";
import { emptyPropertyForm } from "@/lib/properties/form";
import { useCreateProperty } from "@/lib/properties/mutations";
import { propertiesQueryOptions } from "@/lib/properties/queries";
import { PropertyForm } from "./property-form";

export function PropertyList() {
  const properties = useQuery(propertiesQueryOptions());
  const locks = useQuery(locksQueryOptions());
  const create = useCreateProperty();
  const router = useRouter();
  const t = useTranslations("properties");
  const locale = useLocale();
  const lockName = (id: number) => locks.data?.find((l) => l.id === id)?.name ?? t("list.lockFallback", { id: String(id) });

  return (
    <div className="space-y-6">
      {properties.error ? <QueryError error={properties.error} onRetry={() => void properties.refetch()} title={t("list.loadError")} /> : null}
      {properties.isPending ? <Skeleton className="h-24 w-full" /> : null}
      {properties.data?.length === 0 ? <p className="text-slate-700">{t("list.empty")}</p> : null}
      <ul className="grid gap-3 sm:grid-cols-2">
        {properties.data?.map((property) => (
          <li key={property.id}>
            <Link href={`/properties/${property.id}`} data-testid="property-card" className="block min-h-touch rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 hover:ring-indigo-300">
              <span className="block font-semibold text-slate-900">{property.name}</span>
              <span className="block text-sm text-slate-600">{property.lockIds.map(lockName).join(" · ")}</span>
              <span className="block text-xs text-slate-500">{t("list.times", { checkIn: property.checkInTime, checkOut: property.checkOutTime })}</span>
            </Link>
          </li>
        ))}
      </ul>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("list.new")}</h2>
        <PropertyForm
          initial={emptyPropertyForm(locale)}
          submitLabel={t("list.create")}
          onSubmit={async (input) => {
            const property = await create.mutateAsync(input);
            router.push(`/properties/${property.id}`);
          }}
        />
      </Card>
    </div>
  );
}
