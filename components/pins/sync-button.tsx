"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { fetchJson } from "@/lib/api/client";
import { lockKeys } from "@/lib/locks/queries";
import { pinKeys } from "@/lib/pins/queries";

export function SyncButton({ lockId }: { lockId: number }) {
  const queryClient = useQueryClient();
  const sync = useMutation({
    mutationFn: () => fetchJson(`/api/locks/${lockId}/sync`, { method: "POST" }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: lockKeys.detail(lockId) }),
        queryClient.invalidateQueries({ queryKey: pinKeys.list(lockId) }),
      ]),
  });
  return (
    <div className="flex flex-col items-start gap-1 sm:items-end">
      <Button variant="secondary" onClick={() => sync.mutate()} disabled={sync.isPending}>
        {sync.isPending ? "Asking Nuki…" : "Sync with lock"}
      </Button>
      <p role="status" className="text-xs text-slate-600">
        {sync.isSuccess ? "Sync requested: Nuki is talking to the lock." : null}
        {sync.isError ? <span className="text-red-700">{sync.error.message}</span> : null}
      </p>
    </div>
  );
}
