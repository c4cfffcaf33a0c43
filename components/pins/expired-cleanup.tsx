"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { expiredPins } from "@/lib/pins/cleanup-rules";
import { useCleanupLock } from "@/lib/pins/cleanup-mutations";
import type { Pin } from "@/lib/pins/types";
import { CleanupDialog } from "./cleanup-dialog";

/** "Delete expired PINs" for one lock, with its one confirmation and what came of it. */
export function ExpiredCleanup({ lockId, lockName, zone, pins }: { lockId: number; lockName: string; zone: string; pins: Pin[] }) {
  const t = useTranslations("pins.cleanup");
  const [open, setOpen] = useState(false);
  const cleanup = useCleanupLock(lockId, zone);
  const expired = expiredPins(pins, new Date(), zone);
  return (
    <div className="space-y-1">
      <Button variant="secondary" onClick={() => setOpen(true)} disabled={expired.length === 0 || cleanup.isPending}>
        {t("button")}{expired.length ? ` (${expired.length})` : ""}
      </Button>
      <CleanupDialog open={open} onClose={() => setOpen(false)} onConfirm={() => cleanup.mutate()} pins={expired.map((p) => ({ id: p.id, name: p.name, lockId, lockName }))} />
      <p role="status" className="text-sm text-slate-700">
        {cleanup.data ? t("deleting", { count: cleanup.data.deleting.length }) : null}
        {cleanup.data?.failed.length ? ` ${t("someFailed", { count: cleanup.data.failed.length, message: cleanup.data.failed[0]?.message ?? "" })}` : null}
      </p>
      {cleanup.error ? <p role="alert" className="text-sm text-red-700">{t("nothingDeleted", { message: cleanup.error.message })}</p> : null}
    </div>
  );
}
