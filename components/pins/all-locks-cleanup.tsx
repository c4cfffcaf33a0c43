"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useCleanupAll } from "@/lib/pins/cleanup-mutations";
import { pinSearchQueryOptions } from "@/lib/pins/search-queries";
import { CleanupDialog } from "./cleanup-dialog";

/** "Delete expired PINs" on every lock at once, after one confirmation listing them. */
export function AllLocksCleanup() {
  const [open, setOpen] = useState(false);
  const { data: expired = [] } = useQuery(pinSearchQueryOptions("", "expired"));
  const cleanup = useCleanupAll();
  const waiting = expired.filter((p) => p.status !== "deleting");
  return (
    <div className="space-y-1">
      <Button variant="secondary" onClick={() => setOpen(true)} disabled={waiting.length === 0 || cleanup.isPending}>
        Delete expired PINs on all locks{waiting.length ? ` (${waiting.length})` : ""}
      </Button>
      <CleanupDialog open={open} onClose={() => setOpen(false)} onConfirm={() => cleanup.mutate()} pins={waiting} />
      <p role="status" className="text-sm text-slate-700">
        {cleanup.data ? `Deleting ${cleanup.data.deleting.length} expired ${cleanup.data.deleting.length === 1 ? "PIN" : "PINs"} on ${cleanup.data.locks.length} ${cleanup.data.locks.length === 1 ? "lock" : "locks"}.` : null}
        {cleanup.data?.failed.length ? ` ${cleanup.data.failed.length} could not be deleted now: ${cleanup.data.failed[0]?.message}` : null}
      </p>
      {cleanup.error ? <p role="alert" className="text-sm text-red-700">Nothing was deleted: {cleanup.error.message}</p> : null}
    </div>
  );
}
