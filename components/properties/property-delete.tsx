"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { Dialog } from "@/components/ui/dialog";
import { useDeleteProperty } from "@/lib/properties/mutations";

export function PropertyDelete({ propertyId, name }: { propertyId: string; name: string }) {
  const [open, setOpen] = useState(false);
  const remove = useDeleteProperty(propertyId);
  const router = useRouter();
  const t = useTranslations("properties");
  return (
    <div className="space-y-2">
      <Button variant="secondary" onClick={() => setOpen(true)}>{t("delete.button")}</Button>
      {remove.error ? <Callout tone="bad" role="alert">{remove.error.message}</Callout> : null}
      <Dialog open={open} onClose={() => setOpen(false)} title={t("delete.title", { name })}>
        <p className="text-slate-700">{t("delete.text")}</p>
        <div className="mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="ghost" onClick={() => setOpen(false)}>{t("delete.keep")}</Button>
          <Button
            variant="danger"
            onClick={() => {
              setOpen(false);
              remove.mutate(undefined, { onSuccess: () => router.push("/properties") });
            }}
          >
            {t("delete.button")}
          </Button>
        </div>
      </Dialog>
    </div>
  );
}
