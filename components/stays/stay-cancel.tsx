"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { Dialog } from "@/components/ui/dialog";
import { useCancelStay } from "@/lib/stays/mutations";

export function StayCancel({ stayId, guestName, doorCount }: { stayId: string; guestName: string; doorCount: number }) {
  const [open, setOpen] = useState(false);
  const cancel = useCancelStay(stayId);
  const t = useTranslations("stays.cancel");
  return (
    <div className="space-y-2">
      <Button variant="danger" onClick={() => setOpen(true)} className="w-full sm:w-auto">{t("button")}</Button>
      {cancel.error ? <Callout tone="bad" role="alert">{cancel.error.message}</Callout> : null}
      <Dialog open={open} onClose={() => setOpen(false)} title={t("title", { guestName })}>
        <p className="text-slate-700">
          {t("text", { count: doorCount })}
        </p>
        <div className="mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="ghost" onClick={() => setOpen(false)}>{t("keep")}</Button>
          <Button variant="danger" onClick={() => { setOpen(false); cancel.mutate(undefined); }}>{t("confirm")}</Button>
        </div>
      </Dialog>
    </div>
  );
}
