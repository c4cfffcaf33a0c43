"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale } from "next-intl";
import { useEffect, useRef } from "react";
import { useTranslate } from "@/lib/i18n/use-translate";
import { describeConfirmTimes } from "@/lib/pins/confirm-times";
import { confirmTimesKey, confirmTimesQueryOptions } from "@/lib/pins/confirm-times-queries";
import { needsFollowUp } from "@/lib/pins/view-status";
import type { Pin } from "@/lib/pins/types";

/** "Codes usually reach this lock within 4 s …": the lock's own measured write times. */
export function ConfirmTimesNote({ lockId, pins }: { lockId: number; pins: readonly Pin[] }) {
  const { data } = useQuery(confirmTimesQueryOptions(lockId));
  const queryClient = useQueryClient();
  const t = useTranslate("pins");
  const locale = useLocale();
  // When the last write on its way settles, its time joins the figures.
  const busy = needsFollowUp(pins);
  const wasBusy = useRef(busy);
  useEffect(() => {
    if (wasBusy.current && !busy) void queryClient.invalidateQueries({ queryKey: confirmTimesKey(lockId) });
    wasBusy.current = busy;
  }, [busy, lockId, queryClient]);
  if (!data) return null;
  return (
    <p className="text-sm text-slate-600" data-testid="confirm-times">
      {describeConfirmTimes(data, t, locale)}
    </p>
  );
}
