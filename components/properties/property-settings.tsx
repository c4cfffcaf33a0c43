"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Callout } from "@/components/ui/callout";
import { Card } from "@/components/ui/card";
import { formFromProperty } from "@/lib/properties/form";
import { useUpdateProperty } from "@/lib/properties/mutations";
import type { Property } from "@/lib/properties/types";
import { PropertyDelete } from "./property-delete";
import { PropertyForm } from "./property-form";

/** A property's doors and defaults, and deleting it: the editing end of its page. */
export function PropertySettings({ property }: { property: Property }) {
  const update = useUpdateProperty(property.id);
  const [saved, setSaved] = useState(false);
  const t = useTranslations("properties");
  return (
    <>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("settings.title")}</h2>
        <PropertyForm
          key={property.id}
          initial={formFromProperty(property)}
          submitLabel={t("settings.save")}
          onSubmit={async (input) => {
            setSaved(false);
            await update.mutateAsync(input);
            setSaved(true);
          }}
        />
        {saved ? <Callout tone="good" role="status" className="mt-3">{t("settings.saved")}</Callout> : null}
      </Card>
      <PropertyDelete propertyId={property.id} name={property.name} />
    </>
  );
}
