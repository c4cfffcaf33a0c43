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
  property: (propertyId: string) => [...entryKeys.all, "property", propertyId] as const,
  list: (lockId: number, filter: EntryFilter) => [...entryKeys.lock(lockId), "list", filter] as const,
  usage: (lockId: number, pinId: string) => [...entryKeys.lock(lockId), "usage", pinId] as const,
};

/** Whose door entries: one lock's, or every door of a property. */
export type EntrySource = { lockId: number } | { propertyId: string };

function entriesUrl(source: EntrySource, filter: EntryFilter, cursor: string | null): string {
  const params = new URLSearchParams({ limit: String(ENTRIES_PAGE) });
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  if (cursor) params.set("cursor", cursor);
  const base = "lockId" in source ? `/api/locks/${source.lockId}` : `/api/properties/${source.propertyId}`;
  return `${base}/entries?${params}`;
}

/** Keypad entries, newest first, one "Load older" page at a time. */
export const entriesQueryOptions = (source: EntrySource, filter: EntryFilter) =>
  infiniteQueryOptions({
    queryKey: "lockId" in source ? entryKeys.list(source.lockId, filter) : ([...entryKeys.property(source.propertyId), "list", filter] as const),
    queryFn: ({ pageParam }) => fetchJson<EntryPage>(entriesUrl(source, filter, pageParam)),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

/** One PIN's first and last opening, read from the lock's log. */
export const pinUsageQueryOptions = (lockId: number, pinId: string) =>
  queryOptions({
    queryKey: entryKeys.usage(lockId, pinId),
    queryFn: () => fetchJson<PinUsage>(`/api/locks/${lockId}/pins/${pinId}/usage`),
  });
