"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { Callout } from "@/components/ui/callout";
import { Dialog } from "@/components/ui/dialog";
import { QueryError } from "@/components/ui/query-error";
import { Skeleton } from "@/components/ui/skeleton";
import { useTranslate } from "@/lib/i18n/use-translate";
import { PENDING_REFETCH_MS, pinHistoryQueryOptions } from "@/lib/pins/queries";
import type { Pin } from "@/lib/pins/types";
import { historyRows, pendingWords } from "@/lib/pins/history-rows";
import { statusView } from "@/lib/pins/view-status";
import { PinHistoryRow } from "./pin-history-row";

function PinHistory({ lockId, lockZone, pin }: { lockId: number; lockZone: string; pin: Pick<Pin, "id" | "status"> }) {
  const { data, error, isPending, refetch } = useQuery({
    ...pinHistoryQueryOptions(lockId, pin.id),
    // The timeline grows while the write is on its way; afterwards it holds still.
    refetchInterval: statusView(pin.status).busy ? PENDING_REFETCH_MS : false,
  });
  const t = useTranslations("pins.history");
  const translate = useTranslate("pins");
  const locale = useLocale();
  if (isPending) {
    return (
      <div role="status" aria-label={t("loading")} className="space-y-2">
        <Skeleton className="h-12 w-full" />
        <Skeleton className="h-12 w-full" />
      </div>
    );
  }
  if (error) return <QueryError title={t("loadError")} error={error} onRetry={() => void refetch()} />;
  if (data.length === 0) return <Callout tone="info">{t("empty")}</Callout>;
  const rows = historyRows(data, translate, locale);
  return (
    <>
      <p className="text-sm text-slate-600">{t("zoneNote", { zone: lockZone })}</p>
      <ol aria-label={t("listLabel")} className="divide-y divide-slate-200" data-testid="pin-history">
        {rows.map((row, index) => (
          <PinHistoryRow key={row.id} row={row} zone={lockZone} pending={pendingWords(rows, index, translate)} />
        ))}
      </ol>
    </>
  );
}

export function PinHistoryDialog({ lockId, lockZone, pin, open, onClose }: {
  lockId: number;
  lockZone: string;
  pin: Pick<Pin, "id" | "name" | "status">;
  open: boolean;
  onClose: () => void;
}) {
  const t = useTranslations("pins.history");
  return (
    <Dialog open={open} onClose={onClose} title={t("title", { name: pin.name })}>
      {open ? <PinHistory lockId={lockId} lockZone={lockZone} pin={pin} /> : null}
    </Dialog>
  );
}
