import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/client";
import type { FeedList } from "./types";

export const feedKeys = {
  all: ["feeds"] as const,
  list: (propertyId: string) => [...feedKeys.all, propertyId] as const,
};

/** Health changes with every sync: looked at again every minute while the page is open. */
export const feedsQueryOptions = (propertyId: string) =>
  queryOptions({
    queryKey: feedKeys.list(propertyId),
    queryFn: () => fetchJson<FeedList>(`/api/properties/${propertyId}/feeds`),
    refetchInterval: 60_000,
  });
