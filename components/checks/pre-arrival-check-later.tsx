"use client";

import { LaterPart, lazyPart } from "@/components/ui/lazy-part";
import type { StayChecks } from "@/lib/checks/types";

const PreArrivalCheck = lazyPart(() => import("./pre-arrival-check").then((m) => m.PreArrivalCheck));

const loading = (
  <p role="status" className="text-sm text-slate-600">
    Loading the pre-arrival check…
  </p>
);

/** A stay's pre-arrival check on a stay's or a property's page: its code loads when a stay has been checked. */
export function PreArrivalCheckLater({ checks }: { checks: StayChecks }) {
  return (
    <LaterPart fallback={loading}>
      <PreArrivalCheck checks={checks} />
    </LaterPart>
  );
}
