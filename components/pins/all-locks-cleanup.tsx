"use client";

import { useQuery } from "@tanstack/react-query";
import { Suspense, useState } from "react";
import { Button } from "@/components/ui/button";
import { lazyPart } from "@/components/ui/lazy-part";
import { useCleanupAll } from "@/lib/pins/cleanup-mutations";
import { pinSearchQueryOptions } from "@/lib/pins/search-queries";

// The confirmation's code loads on the first click, then stays mounted so closing it gives focus back.
const CleanupDialog = lazyPart(() => import("./cleanup-dialog").then((m) => m.CleanupDialog));

/** "Delete expired PINs" on every lock at once, after one confirmation listing them. */
export function AllLocksCleanup() {
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
        Delete expired PINs on all locks{waiting.length ? ` (${waiting.length})` : ""}
      </Button>
      {opened ? (
        <Suspense fallback={null}>
          <CleanupDialog open={open} onClose={() => setOpen(false)} onConfirm={() => cleanup.mutate()} pins={waiting} />
        </Suspense>
      ) : null}
      <p role="status" className="text-sm text-slate-700">
        {cleanup.data ? `Deleting ${cleanup.data.deleting.length} expired ${cleanup.data.deleting.length === 1 ? "PIN" : "PINs"} on ${cleanup.data.locks.length} ${cleanup.data.locks.length === 1 ? "lock" : "locks"}.` : null}
        {cleanup.data?.failed.length ? ` ${cleanup.data.failed.length} could not be deleted now: ${cleanup.data.failed[0]?.message}` : null}
      </p>
      {cleanup.error ? <p role="alert" className="text-sm text-red-700">Nothing was deleted: {cleanup.error.message}</p> : null}
    </div>
  );
}
