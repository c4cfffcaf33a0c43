"use client";

import { useQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import { LiveRegion, useChangeAnnouncement } from "@/components/ui/live-region";
import { useTranslate } from "@/lib/i18n/use-translate";
import { readinessAnnouncements } from "@/lib/today/readiness-announcements";
import { todayQueryOptions } from "@/lib/today/queries";
import type { Today, TodayStay } from "@/lib/today/types";

// Module-level, so the query keeps the selected list (and its identity) until the answer changes.
const selectStays = (today: Today) => today.sections.flatMap((section) => section.stays);

/** Reads out a stay on Today becoming ready, or no longer ready, as the page refreshes. */
export function ReadinessAnnouncer() {
  const { data } = useQuery({ ...todayQueryOptions(), select: selectStays });
  const t = useTranslate("today");
  const describe = useCallback((before: TodayStay[] | undefined, after: TodayStay[]) => readinessAnnouncements(before, after, t), [t]);
  const message = useChangeAnnouncement(data, describe);
  return <LiveRegion message={message} testId="readiness-announcement" />;
}
