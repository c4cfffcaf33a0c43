import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/client";
import type { PinFilter } from "./filter";
import { PENDING_REFETCH_MS } from "./queries";
import type { LockPin } from "./types";
import { needsFollowUp } from "./view-status";

export const searchKeys = {
  all: ["pin-search"] as const,
  list: (q: string, filter: PinFilter) => [...searchKeys.all, q, filter] as const,
};

/** PINs of every lock matching a search and filter. */
export const pinSearchQueryOptions = (q: string, filter: PinFilter) =>
  queryOptions({
    queryKey: searchKeys.list(q, filter),
    queryFn: () => fetchJson<LockPin[]>(`/api/pins?${new URLSearchParams({ q, filter })}`),
    refetchInterval: (query) => (needsFollowUp(query.state.data) ? PENDING_REFETCH_MS : false),
  });
