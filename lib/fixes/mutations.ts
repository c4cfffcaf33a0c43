"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/client";
import { lockKeys } from "@/lib/locks/queries";
import { pinKeys } from "@/lib/pins/queries";
import { searchKeys } from "@/lib/pins/search-queries";
import { stayKeys } from "@/lib/stays/queries";
import { todayKeys } from "@/lib/today/queries";
import { attentionKeys } from "@/lib/attention/queries";
import type { FixKind } from "@/lib/attention/types";

export interface FixTarget {
  kind: Exclude<FixKind, "open">;
  lockId: number;
  pinId?: string;
}

/** The existing route behind each fix: nothing new is written to the lock but what these routes write. */
export function fixPath({ kind, lockId, pinId }: FixTarget): string {
  const pin = `/api/locks/${lockId}/pins/${encodeURIComponent(pinId ?? "")}`;
  switch (kind) {
    case "retry":
      return `${pin}/retry`;
    case "repair":
      return `${pin}/repair`;
    case "keep":
      return `${pin}/adopt`;
    case "cleanup":
      return `/api/locks/${lockId}/pins/cleanup`;
  }
}

/** Runs a fix where the problem is shown, then refreshes every view that shows problems. */
export function useAttentionFix() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (target: FixTarget) => fetchJson<unknown>(fixPath(target), { method: "POST" }),
    onSettled: (_data, _error, target) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: attentionKeys.all }),
        queryClient.invalidateQueries({ queryKey: todayKeys.all }),
        queryClient.invalidateQueries({ queryKey: pinKeys.list(target.lockId) }),
        queryClient.invalidateQueries({ queryKey: pinKeys.histories(target.lockId) }),
        queryClient.invalidateQueries({ queryKey: lockKeys.list() }),
        queryClient.invalidateQueries({ queryKey: stayKeys.all }),
        queryClient.invalidateQueries({ queryKey: searchKeys.all }),
      ]),
  });
}
