"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { Card } from "@/components/ui/card";
import { formErrorFrom } from "@/lib/stays/form-errors";
import { useUpdateStayDates } from "@/lib/stays/mutations";

/** Stop following the calendar: later syncs leave this stay's dates and code alone. */
export function StayDetach({ stayId }: { stayId: string }) {
  const update = useUpdateStayDates(stayId);
  const [error, setError] = useState<string | null>(null);
  const t = useTranslations("stays.detach");
  return (
    <Card className="space-y-2">
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      <p className="text-sm text-slate-600">{t("text")}</p>
      <Button
        variant="secondary"
        disabled={update.isPending}
        onClick={async () => {
          setError(null);
          try {
            await update.mutateAsync({ detach: true });
          } catch (failure) {
            setError(formErrorFrom(failure).message);
          }
        }}
      >
        {t("button")}
      </Button>
      {error ? <Callout tone="bad" role="alert">{error}</Callout> : null}
    </Card>
  );
}
