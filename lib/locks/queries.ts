import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/client";
import type { Lock, LockSettings } from "./types";

export const lockKeys = {
  all: ["locks"] as const,
  list: () => [...lockKeys.all, "list"] as const,
  detail: (lockId: number) => [...lockKeys.all, "detail", lockId] as const,
};

export const locksQueryOptions = () =>
  queryOptions({ queryKey: lockKeys.list(), queryFn: () => fetchJson<Lock[]>("/api/locks") });

export const lockQueryOptions = (lockId: number) =>
  queryOptions({ queryKey: lockKeys.detail(lockId), queryFn: () => fetchJson<Lock>(`/api/locks/${lockId}`) });

export const lockSettingsKey = (lockId: number) => [...lockKeys.all, "settings", lockId] as const;

export const lockSettingsQueryOptions = (lockId: number) =>
  queryOptions({ queryKey: lockSettingsKey(lockId), queryFn: () => fetchJson<LockSettings>(`/api/locks/${lockId}/settings`) });
