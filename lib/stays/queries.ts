import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/client";
import type { Stay, StayDetail } from "./types";
import type { StayUsage } from "./usage";

/** While a door's write is on its way, look again soon. */
export const STAY_REFETCH_MS = 1_500;

export const stayKeys = {
  all: ["stays"] as const,
  lists: () => [...stayKeys.all, "list"] as const,
  list: (propertyId?: string) => [...stayKeys.lists(), propertyId ?? "all"] as const,
  detail: (id: string) => [...stayKeys.all, "detail", id] as const,
};

export function doorsBusy(stay: Pick<StayDetail, "doors"> | undefined): boolean {
  return Boolean(stay?.doors.some((door) => door.status === "pending" || door.status === "deleting"));
}

export const staysQueryOptions = (propertyId?: string) =>
  queryOptions({
    queryKey: stayKeys.list(propertyId),
    queryFn: () => fetchJson<Stay[]>(propertyId ? `/api/stays?propertyId=${encodeURIComponent(propertyId)}` : "/api/stays"),
  });

export const stayQueryOptions = (id: string) =>
  queryOptions({
    queryKey: stayKeys.detail(id),
    queryFn: () => fetchJson<StayDetail>(`/api/stays/${id}`),
    refetchInterval: (query) => (doorsBusy(query.state.data) ? STAY_REFETCH_MS : false),
  });

export const stayUsageKeys = {
  all: [...stayKeys.all, "usage"] as const,
  detail: (id: string) => [...stayUsageKeys.all, "detail", id] as const,
  list: (propertyId?: string) => [...stayUsageKeys.all, "list", propertyId ?? "all"] as const,
};

/** Read from the locks' logs: kept a minute, so moving between pages does not read them again. */
const USAGE_STALE_MS = 60_000;

export const stayUsageQueryOptions = (id: string) =>
  queryOptions({
    queryKey: stayUsageKeys.detail(id),
    queryFn: () => fetchJson<StayUsage>(`/api/stays/${id}/usage`),
    staleTime: USAGE_STALE_MS,
  });

export const staysUsageQueryOptions = (propertyId?: string) =>
  queryOptions({
    queryKey: stayUsageKeys.list(propertyId),
    queryFn: () => fetchJson<Record<string, StayUsage>>(propertyId ? `/api/stays/usage?propertyId=${encodeURIComponent(propertyId)}` : "/api/stays/usage"),
    staleTime: USAGE_STALE_MS,
  });
