import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/client";
import type { Pin } from "./types";

export const pinKeys = {
  all: ["pins"] as const,
  list: (lockId: number) => [...pinKeys.all, "list", lockId] as const,
};

/** While a write is unconfirmed, look again soon; otherwise leave it to focus and staleness. */
export const PENDING_REFETCH_MS = 1_500;

export const pinsQueryOptions = (lockId: number) =>
  queryOptions({
    queryKey: pinKeys.list(lockId),
    queryFn: () => fetchJson<Pin[]>(`/api/locks/${lockId}/pins`),
    refetchInterval: (query) =>
      query.state.data?.some((pin) => pin.status === "pending") ? PENDING_REFETCH_MS : false,
  });
