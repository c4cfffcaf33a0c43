import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/client";
import type { EntryPage } from "./types";
import type { PinUsage } from "./usage";

export interface EntryFilter {
  pinId?: string;
  from?: string;
  to?: string;
}

export const ENTRIES_PAGE = 25;

export const entryKeys = {
  all: ["entries"] as const,
  lock: (lockId: number) => [...entryKeys.all, "lock", lockId] as const,
  list: (lockId: number, filter: EntryFilter) => [...entryKeys.lock(lockId), "list", filter] as const,
  usage: (lockId: number, pinId: string) => [...entryKeys.lock(lockId), "usage", pinId] as const,
};

function entriesUrl(lockId: number, filter: EntryFilter, cursor: string | null): string {
  const params = new URLSearchParams({ limit: String(ENTRIES_PAGE) });
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  if (cursor) params.set("cursor", cursor);
  return `/api/locks/${lockId}/entries?${params}`;
}

/** A lock's keypad entries, newest first, one "Load older" page at a time. */
export const lockEntriesQueryOptions = (lockId: number, filter: EntryFilter) =>
  infiniteQueryOptions({
    queryKey: entryKeys.list(lockId, filter),
    queryFn: ({ pageParam }) => fetchJson<EntryPage>(entriesUrl(lockId, filter, pageParam)),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

/** One PIN's first and last opening, read from the lock's log. */
export const pinUsageQueryOptions = (lockId: number, pinId: string) =>
  queryOptions({
    queryKey: entryKeys.usage(lockId, pinId),
    queryFn: () => fetchJson<PinUsage>(`/api/locks/${lockId}/pins/${pinId}/usage`),
  });
