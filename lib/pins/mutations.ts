"use client";

import { useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/client";
import { lockKeys } from "@/lib/locks/queries";
import type { PinInput } from "./form";
import { pinKeys } from "./queries";
import type { Pin } from "./types";

type Snapshot = { previous: Pin[] | undefined };

/** Applies an optimistic change to the lock's PIN list and remembers how to undo it. */
async function optimistic(queryClient: QueryClient, lockId: number, change: (pins: Pin[]) => Pin[]): Promise<Snapshot> {
  const key = pinKeys.list(lockId);
  await queryClient.cancelQueries({ queryKey: key });
  const previous = queryClient.getQueryData<Pin[]>(key);
  queryClient.setQueryData<Pin[]>(key, (pins) => change(pins ?? []));
  return { previous };
}

function settle(queryClient: QueryClient, lockId: number) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: pinKeys.list(lockId) }),
    queryClient.invalidateQueries({ queryKey: lockKeys.all }),
  ]);
}

function usePinMutation<TVariables>(
  lockId: number,
  request: (variables: TVariables) => Promise<unknown>,
  change: (pins: Pin[], variables: TVariables) => Pin[],
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onMutate: (variables: TVariables) => optimistic(queryClient, lockId, (pins) => change(pins, variables)),
    onError: (_error, _variables, snapshot) => {
      if (snapshot) queryClient.setQueryData(pinKeys.list(lockId), snapshot.previous);
    },
    onSettled: () => settle(queryClient, lockId),
  });
}

export function useCreatePin(lockId: number) {
  return usePinMutation(
    lockId,
    (input: PinInput) => fetchJson<Pin>(`/api/locks/${lockId}/pins`, { method: "POST", json: input }),
    (pins, input) => [...pins, { id: `optimistic-${input.code}`, ...input, lastUsedAt: null, status: "pending" }],
  );
}

export function useUpdatePin(lockId: number) {
  return usePinMutation(
    lockId,
    ({ pinId, patch }: { pinId: string; patch: Partial<PinInput> }) =>
      fetchJson<Pin>(`/api/locks/${lockId}/pins/${pinId}`, { method: "PATCH", json: patch }),
    (pins, { pinId, patch }) => pins.map((p) => (p.id === pinId ? { ...p, ...patch, status: "pending", statusReason: undefined } : p)),
  );
}

export function useDeletePin(lockId: number) {
  return usePinMutation(
    lockId,
    (pinId: string) => fetchJson(`/api/locks/${lockId}/pins/${pinId}`, { method: "DELETE" }),
    (pins, pinId) =>
      pins.map((p) => (p.id === pinId ? { ...p, status: "pending", statusReason: "Deleting from the lock…" } : p)),
  );
}

export function useRetryPin(lockId: number) {
  return usePinMutation(
    lockId,
    (pinId: string) => fetchJson<Pin | { deleted: true }>(`/api/locks/${lockId}/pins/${pinId}/retry`, { method: "POST" }),
    (pins, pinId) => pins.map((p) => (p.id === pinId ? { ...p, status: "pending", statusReason: undefined } : p)),
  );
}
