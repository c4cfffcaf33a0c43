"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/client";
import type { Locale } from "@/lib/i18n/config";
import { messageKeys } from "./queries";
import type { SendMessageInput } from "./schema";
import type { GuestMessageView } from "./types";

/** E-mails the message; afterwards the message is fetched again, as the PIN may have changed meanwhile. */
export function useSendGuestMessage(endpoint: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SendMessageInput) => fetchJson<{ sent: true }>(endpoint, { method: "POST", json: input }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: messageKeys.detail(endpoint) }),
  });
}

/**
 * Chooses a stay's message language (`PATCH …/message`), remembered on the stay: the answer, the
 * message in that language, becomes the stay's message as it opens from now on.
 */
export function useRememberMessageLanguage(endpoint: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (language: Locale) => fetchJson<GuestMessageView>(endpoint, { method: "PATCH", json: { language } }),
    onSuccess: (view) => {
      queryClient.setQueryData(messageKeys.inLanguage(endpoint, undefined), view);
      queryClient.setQueryData(messageKeys.inLanguage(endpoint, view.language), view);
    },
  });
}
