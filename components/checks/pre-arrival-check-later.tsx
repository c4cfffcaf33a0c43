"use client";

import { useTranslations } from "next-intl";
import { LaterPart, lazyPart } from "@/components/ui/lazy-part";
import type { StayChecks } from "@/lib/checks/types";

const PreArrivalCheck = lazyPart(() => import("./pre-arrival-check").then((m) => m.PreArrivalCheck));

function Loading() {
  const t = useTranslations("checks");
  return (
    <p role="status" className="text-sm text-slate-600">
      {t("loading")}
    </p>
  );
}

/** A stay's pre-arrival check on a stay's or a property's page: its code loads when a stay has been checked. */
export function PreArrivalCheckLater({ checks }: { checks: StayChecks }) {
  return (
    <LaterPart fallback={<Loading />}>
      <PreArrivalCheck checks={checks} />
    </LaterPart>
  );
}
