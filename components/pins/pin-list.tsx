"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { QueryError } from "@/components/ui/query-error";
import { Skeleton } from "@/components/ui/skeleton";
import type { Lock } from "@/lib/locks/types";
import { pinsQueryOptions } from "@/lib/pins/queries";
import type { Pin } from "@/lib/pins/types";
import { statusView } from "@/lib/pins/view-status";
import { PinFilters, usePinFilters } from "./pin-filters";
import { PinRow } from "./pin-row";
import { backupGroups } from "./backup-groups";
import { LaterPart, lazyPart } from "@/components/ui/lazy-part";

/**
 * PINs shown at first and per "Show more": a phone renders 50 rows without a stutter, and a lock
 * with hundreds of PINs does not make the page slow to open. Pagination rather than virtualisation:
 * every shown row is in the document, so find-in-page, screen readers and keyboard order work.
 */
export const PIN_PAGE_SIZE = 50;

/** How far the list must reach: at least one page, and down to any PIN still on its way to the lock. */
export function shownCount(pins: readonly Pick<Pin, "status">[], limit: number): number {
  let lastBusy = -1;
  pins.forEach((pin, index) => {
    if (statusView(pin.status).busy) lastBusy = index;
  });
  return Math.min(pins.length, Math.max(limit, lastBusy + 1));
}

/** Backup codes are on few locks: their group's code loads only where there are some. */
const BackupPinGroups = lazyPart(() => import("./backup-pin-group").then((m) => m.BackupPinGroups));

export function PinList({ lock, renderActions }: { lock: Lock; renderActions?: (pin: Pin) => ReactNode }) {
  const t = useTranslations("pins.list");
  const { data, error, isPending, refetch } = useQuery(pinsQueryOptions(lock.id));
  const { visible: matching, controls } = usePinFilters(data ?? [], lock.timeZone);
  // Backup codes are listed apart, by property; the pages and counts below are the other codes.
  const backups = backupGroups(matching);
  const visible = matching.filter((pin) => !pin.backup);
  const [limit, setLimit] = useState(PIN_PAGE_SIZE);
  const shown = shownCount(visible, limit);
  // Once shown, a row stays shown: a PIN that was saving does not vanish into the next page.
  if (shown > limit) setLimit(shown);
  if (isPending) {
    return (
      <div role="status" aria-label={t("loading")} className="space-y-2">
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} className="h-20 w-full" />
        ))}
      </div>
    );
  }
  if (error) return <QueryError title={t("loadError")} error={error} onRetry={() => void refetch()} />;
  if (data.length === 0) {
    return (
      <Callout tone="info" title={t("empty")}>
        {/* Without a keypad, the page already says why and what to do, next to "New PIN". */}
        {lock.keypad.paired ? t("emptyHint") : null}
      </Callout>
    );
  }
  const rest = visible.length - shown;
  const filtered = controls.state.filter !== "all" || controls.state.query.trim() !== "";
  return (
    <div className="space-y-3">
      <PinFilters {...controls} />
      {backups.length > 0 ? (
        <LaterPart fallback={<p role="status" className="text-sm text-slate-600">{t("loadingBackups")}</p>}>
          <BackupPinGroups groups={backups} timeZone={lock.timeZone} renderActions={renderActions} othersShown={visible.length > 0} filtered={filtered} />
        </LaterPart>
      ) : null}
      {/* Rows out of view are not rendered until scrolled to (content-visibility), so long lists scroll smoothly on a phone. */}
      <ul
        aria-label={t("label")}
        className="divide-y divide-slate-200 rounded-xl bg-white shadow-sm ring-1 ring-slate-200 [&>li]:[contain-intrinsic-size:auto_8rem] [&>li]:[content-visibility:auto]"
      >
        {visible.slice(0, shown).map((pin) => (
          <PinRow key={pin.id} pin={pin} timeZone={lock.timeZone} actions={renderActions?.(pin)} />
        ))}
      </ul>
      {rest > 0 ? (
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="text-sm text-slate-600" aria-live="polite">
            {filtered ? t("showingMatching", { shown, total: visible.length }) : t("showingAll", { shown, total: visible.length })}
          </p>
          <Button variant="secondary" onClick={() => setLimit(shown + PIN_PAGE_SIZE)}>
            {t("showMore", { count: Math.min(rest, PIN_PAGE_SIZE) })}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
