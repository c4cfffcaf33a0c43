"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/client";
import { propertyKeys } from "@/lib/properties/queries";
import { stayKeys } from "@/lib/stays/queries";
import { feedKeys } from "./queries";
import type { FeedCreate, FeedPatch } from "./schema";
import type { FeedList } from "./types";
import type { Feed } from "./types";

/** A sync may add, move or cancel stays: their lists are read again with the feeds. */
function useFeedMutation<T>(propertyId: string, request: (variables: T) => Promise<unknown>, optimistic?: (list: FeedList, variables: T) => FeedList) {
  const queryClient = useQueryClient();
  const key = feedKeys.list(propertyId);
  return useMutation({
    mutationFn: request,
    onMutate: async (variables: T) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<FeedList>(key);
      if (previous && optimistic) queryClient.setQueryData<FeedList>(key, optimistic(previous, variables));
      return { previous };
    },
    onError: (_error, _variables, snapshot) => {
      if (snapshot?.previous) queryClient.setQueryData(key, snapshot.previous);
    },
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: key }), queryClient.invalidateQueries({ queryKey: stayKeys.all }), queryClient.invalidateQueries({ queryKey: propertyKeys.detail(propertyId) })]),
  });
}

const base = (propertyId: string) => `/api/properties/${propertyId}/feeds`;

export const useAddFeed = (propertyId: string) => useFeedMutation(propertyId, (input: FeedCreate) => fetchJson<Feed>(base(propertyId), { method: "POST", json: input }));

export const useUpdateFeed = (propertyId: string, feedId: string) =>
  useFeedMutation(propertyId, (patch: FeedPatch) => fetchJson<Feed>(`${base(propertyId)}/${feedId}`, { method: "PATCH", json: patch }));

export const useSyncFeed = (propertyId: string, feedId: string) => useFeedMutation(propertyId, () => fetchJson<Feed>(`${base(propertyId)}/${feedId}/sync`, { method: "POST" }));

export const useRemoveFeed = (propertyId: string, feedId: string) =>
  useFeedMutation(propertyId, () => fetchJson<null>(`${base(propertyId)}/${feedId}`, { method: "DELETE" }), (list) => ({ ...list, feeds: list.feeds.filter((f) => f.id !== feedId) }));
