import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/client";
import type { GuestMessageView } from "./types";

/** Keyed by the message's URL, so a PIN's and a stay's messages share one cache without clashing. */
export const messageKeys = {
  all: ["guest-messages"] as const,
  detail: (endpoint: string) => [...messageKeys.all, endpoint] as const,
};

export const guestMessageQueryOptions = (endpoint: string) =>
  queryOptions({
    queryKey: messageKeys.detail(endpoint),
    queryFn: () => fetchJson<GuestMessageView>(endpoint),
  });
