"use client";

import { useLocale } from "next-intl";
import { useTranslate } from "@/lib/i18n/use-translate";
import { driftSummary } from "@/lib/pins/drift-summary";
import type { Drift } from "@/lib/pins/types";

/** What the lock has instead of what the host set: "On the lock: code changed, …". */
export function PinDrift({ drift }: { drift: readonly Drift[] }) {
  const summary = driftSummary(drift, useTranslate("pins"), useLocale());
  return summary ? <p className="text-amber-900" data-testid="pin-drift">{summary}</p> : null;
}
