"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/client";
import { messageKeys } from "./queries";
import type { SendMessageInput } from "./schema";

/** E-mails the message; afterwards the message is fetched again, as the PIN may have changed meanwhile. */
export function useSendGuestMessage(endpoint: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SendMessageInput) => fetchJson<{ sent: true }>(endpoint, { method: "POST", json: input }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: messageKeys.detail(endpoint) }),
  });
}
