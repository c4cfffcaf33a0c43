import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/client";
import type { Today } from "./types";

export const todayKeys = { all: ["today"] as const };

/** While a door's write is on its way (after a fix), look again soon; otherwise no polling: focus and fixes refresh it. */
export const TODAY_BUSY_REFETCH_MS = 1_500;

export function todayBusy(today: Today | undefined): boolean {
  return Boolean(today?.sections.some((s) => s.stays.some((stay) => stay.doors.some((d) => d.status === "pending" || d.status === "deleting"))));
}

export const todayQueryOptions = () =>
  queryOptions({
    queryKey: todayKeys.all,
    queryFn: () => fetchJson<Today>("/api/today"),
    refetchInterval: (query) => (todayBusy(query.state.data) ? TODAY_BUSY_REFETCH_MS : false),
    refetchIntervalInBackground: false,
  });
