import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/client";
import type { Locale } from "@/lib/i18n/config";
import type { GuestMessageView } from "./types";

/**
 * Keyed by the message's URL, so a PIN's and a stay's messages share one cache without clashing,
 * then by the language asked for ("default": the one the server picks).
 */
export const messageKeys = {
  all: ["guest-messages"] as const,
  detail: (endpoint: string) => [...messageKeys.all, endpoint] as const,
  inLanguage: (endpoint: string, language: Locale | undefined) => [...messageKeys.detail(endpoint), language ?? "default"] as const,
};

/** The message in `language`, or in its default language; the previous one stays on screen while another language loads. */
export const guestMessageQueryOptions = (endpoint: string, language?: Locale) =>
  queryOptions({
    queryKey: messageKeys.inLanguage(endpoint, language),
    queryFn: () => fetchJson<GuestMessageView>(language ? `${endpoint}?language=${language}` : endpoint),
    placeholderData: keepPreviousData,
  });
