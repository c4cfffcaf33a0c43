"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Suspense, useState } from "react";
import { Button } from "@/components/ui/button";
import { lazyPart } from "@/components/ui/lazy-part";
import { useCleanupAll } from "@/lib/pins/cleanup-mutations";
import { pinSearchQueryOptions } from "@/lib/pins/search-queries";

// The confirmation's code loads on the first click, then stays mounted so closing it gives focus back.
const CleanupDialog = lazyPart(() => import("./cleanup-dialog").then((m) => m.CleanupDialog));

/** "Delete expired PINs" on every lock at once, after one confirmation listing them. */
export function AllLocksCleanup() {
  const t = useTranslations("pins.cleanup");
  const [open, setOpenState] = useState(false);
  const [opened, setOpened] = useState(false);
  const setOpen = (next: boolean) => {
    if (next) setOpened(true);
    setOpenState(next);
  };
  const { data: expired = [] } = useQuery(pinSearchQueryOptions("", "expired"));
  const cleanup = useCleanupAll();
  const waiting = expired.filter((p) => p.status !== "deleting");
  return (
    <div className="space-y-1">
      <Button variant="secondary" onClick={() => setOpen(true)} disabled={waiting.length === 0 || cleanup.isPending}>
        {t("allButton")}{waiting.length ? ` (${waiting.length})` : ""}
      </Button>
      {opened ? (
        <Suspense fallback={null}>
          <CleanupDialog open={open} onClose={() => setOpen(false)} onConfirm={() => cleanup.mutate()} pins={waiting} />
        </Suspense>
      ) : null}
      <p role="status" className="text-sm text-slate-700">
        {cleanup.data ? t("deletingOnLocks", { count: cleanup.data.deleting.length, locks: cleanup.data.locks.length }) : null}
        {cleanup.data?.failed.length ? ` ${t("someFailed", { count: cleanup.data.failed.length, message: cleanup.data.failed[0]?.message ?? "" })}` : null}
      </p>
      {cleanup.error ? <p role="alert" className="text-sm text-red-700">{t("nothingDeleted", { message: cleanup.error.message })}</p> : null}
    </div>
  );
}
