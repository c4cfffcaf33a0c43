"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/client";
import { lockKeys } from "@/lib/locks/queries";
import { pinKeys } from "@/lib/pins/queries";
import { searchKeys } from "@/lib/pins/search-queries";
import { stayKeys } from "@/lib/stays/queries";
import { todayKeys } from "@/lib/today/queries";
import { attentionKeys } from "@/lib/attention/queries";
import { feedKeys } from "@/lib/calendar/queries";
import { propertyKeys } from "@/lib/properties/queries";
import type { AttentionItem, FixKind } from "@/lib/attention/types";

export type FixTarget =
  | { kind: Exclude<FixKind, "open" | "sync">; lockId: number; pinId?: string }
  | { kind: "sync"; propertyId: string; feedId: string };

/** The fix's target from a Needs attention item, or null when the item lacks what the fix needs. */
export function fixTargetOf(item: AttentionItem, kind: Exclude<FixKind, "open">): FixTarget | null {
  if (kind === "sync") return item.lockId === undefined && item.feedId ? { kind, propertyId: item.propertyId, feedId: item.feedId } : null;
  return item.lockId !== undefined ? { kind, lockId: item.lockId, pinId: item.pinId } : null;
}

/** The existing route behind each fix: nothing new is written to the lock but what these routes write. */
export function fixPath(target: FixTarget): string {
  if (target.kind === "sync") return `/api/properties/${encodeURIComponent(target.propertyId)}/feeds/${encodeURIComponent(target.feedId)}/sync`;
  const { kind, lockId, pinId } = target;
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
        ...(target.kind === "sync"
          ? [queryClient.invalidateQueries({ queryKey: feedKeys.list(target.propertyId) }), queryClient.invalidateQueries({ queryKey: propertyKeys.detail(target.propertyId) })]
          : [queryClient.invalidateQueries({ queryKey: pinKeys.list(target.lockId) }), queryClient.invalidateQueries({ queryKey: pinKeys.histories(target.lockId) })]),
        queryClient.invalidateQueries({ queryKey: lockKeys.list() }),
        queryClient.invalidateQueries({ queryKey: stayKeys.all }),
        queryClient.invalidateQueries({ queryKey: searchKeys.all }),
      ]),
  });
}
