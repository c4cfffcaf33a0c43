"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";

export default function DashboardError({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("common");
  return (
    <Callout tone="bad" role="alert" title={t("pageError.title")}>
      <p>{t("pageError.text")}</p>
      <Button variant="secondary" className="mt-3" onClick={reset}>
        {t("tryAgain")}
      </Button>
    </Callout>
  );
}
