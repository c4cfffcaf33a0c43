"use client";

import { useTranslations } from "next-intl";
import { Button } from "./button";
import { Callout } from "./callout";

/** The designed error state of a query: what happened, in words, and a way to try again. */
export function QueryError({ error, onRetry, title }: { error: Error; onRetry: () => void; title?: string }) {
  const t = useTranslations("common");
  return (
    <Callout tone="bad" role="alert" title={title ?? t("couldNotLoad")}>
      <p>{error.message}</p>
      <Button variant="secondary" className="mt-3" onClick={onRetry}>
        {t("tryAgain")}
      </Button>
    </Callout>
  );
}
