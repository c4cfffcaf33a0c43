import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/client";
import type { Lock } from "./types";

export const lockKeys = {
  all: ["locks"] as const,
  list: () => [...lockKeys.all, "list"] as const,
  detail: (lockId: number) => [...lockKeys.all, "detail", lockId] as const,
};

export const locksQueryOptions = () =>
  queryOptions({ queryKey: lockKeys.list(), queryFn: () => fetchJson<Lock[]>("/api/locks") });

export const lockQueryOptions = (lockId: number) =>
  queryOptions({ queryKey: lockKeys.detail(lockId), queryFn: () => fetchJson<Lock>(`/api/locks/${lockId}`) });
