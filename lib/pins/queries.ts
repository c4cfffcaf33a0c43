import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/client";
import type { Pin, PinEvent } from "./types";
import { needsFollowUp } from "./view-status";

/**
 * While a write or delete is on its way, look again often: the server confirms within moments of
 * Nuki applying it (and a look costs no call to Nuki then: the engine's latest reading is shared),
 * so this is most of the wait the host sees. Nothing pending: no polling at all, and never while
 * the tab is hidden.
 */
export const PENDING_REFETCH_MS = 250;
export const ACTIVITY_LIMIT = 50;

export const pinKeys = {
  all: ["pins"] as const,
  list: (lockId: number) => [...pinKeys.all, "list", lockId] as const,
  /** Every PIN timeline of a lock, so one write can mark them all stale at once. */
  histories: (lockId: number) => [...pinKeys.all, "history", lockId] as const,
  history: (lockId: number, pinId: string) => [...pinKeys.histories(lockId), pinId] as const,
  activities: (lockId: number) => [...pinKeys.all, "activity", lockId] as const,
  activity: (lockId: number, limit: number = ACTIVITY_LIMIT) => [...pinKeys.activities(lockId), limit] as const,
};

export const pinsQueryOptions = (lockId: number) =>
  queryOptions({
    queryKey: pinKeys.list(lockId),
    queryFn: () => fetchJson<Pin[]>(`/api/locks/${lockId}/pins`),
    refetchInterval: (query) => (needsFollowUp(query.state.data) ? PENDING_REFETCH_MS : false),
    refetchIntervalInBackground: false,
  });

/** A PIN's timeline, oldest first. */
export const pinHistoryQueryOptions = (lockId: number, pinId: string) =>
  queryOptions({
    queryKey: pinKeys.history(lockId, pinId),
    queryFn: () => fetchJson<PinEvent[]>(`/api/locks/${lockId}/pins/${pinId}/history`),
  });

/** The lock's recent PIN operations, newest first. */
export const lockActivityQueryOptions = (lockId: number, limit: number = ACTIVITY_LIMIT) =>
  queryOptions({
    queryKey: pinKeys.activity(lockId, limit),
    queryFn: () => fetchJson<PinEvent[]>(`/api/locks/${lockId}/activity?limit=${limit}`),
  });
