"use client";

import { useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/client";
import { lockKeys, lockSettingsKey, lockSettingsQueryOptions } from "@/lib/locks/queries";
import type { PinState } from "./schema";
import { pinKeys } from "./queries";
import type { LockSettings, Pin } from "./types";
import { isPin, markPin, optimisticCreate, optimisticId, replacePin } from "./view-optimistic";

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
    queryClient.invalidateQueries({ queryKey: pinKeys.histories(lockId) }),
    queryClient.invalidateQueries({ queryKey: pinKeys.activities(lockId) }),
    // PIN counts live on the lock list and the lock itself.
    queryClient.invalidateQueries({ queryKey: lockKeys.list() }),
    queryClient.invalidateQueries({ queryKey: lockKeys.detail(lockId) }),
    // Problems and Today's readiness follow every change to a PIN.
    queryClient.invalidateQueries({ queryKey: ["attention"] }),
    queryClient.invalidateQueries({ queryKey: ["today"] }),
  ]);
}

function usePinMutation<TVariables>(
  lockId: number,
  request: (variables: TVariables) => Promise<unknown>,
  change: (pins: Pin[], variables: TVariables) => Pin[],
  /** The id the PIN is listed under until the answer arrives; the answer takes its place. */
  shownAs?: (variables: TVariables) => string,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onMutate: (variables: TVariables) => optimistic(queryClient, lockId, (pins) => change(pins, variables)),
    onError: (_error, _variables, snapshot) => {
      if (snapshot) queryClient.setQueryData(pinKeys.list(lockId), snapshot.previous);
    },
    onSuccess: (answer, variables) => {
      if (!shownAs || !isPin(answer)) return;
      queryClient.setQueryData<Pin[]>(pinKeys.list(lockId), (pins) => replacePin(pins ?? [], shownAs(variables), answer));
    },
    onSettled: () => settle(queryClient, lockId),
  });
}

export function useCreatePin(lockId: number) {
  return usePinMutation(
    lockId,
    (input: PinState) => fetchJson<Pin>(`/api/locks/${lockId}/pins`, { method: "POST", json: input }),
    // Where the server will list it: after the managed PINs, before the ones Keyhost does not manage.
    (pins, input) => {
      const firstUnmanaged = pins.findIndex((pin) => !pin.managed);
      const at = firstUnmanaged === -1 ? pins.length : firstUnmanaged;
      return [...pins.slice(0, at), optimisticCreate(input), ...pins.slice(at)];
    },
    (input) => optimisticId(input.code),
  );
}

/** Editing an unmanaged PIN adopts it; the answer then brings its Keyhost id. */
export function useUpdatePin(lockId: number) {
  return usePinMutation(
    lockId,
    ({ pinId, patch }: { pinId: string; patch: Partial<PinState> }) =>
      fetchJson<Pin>(`/api/locks/${lockId}/pins/${pinId}`, { method: "PATCH", json: patch }),
    (pins, { pinId, patch }) => markPin(pins, pinId, { ...patch, status: "pending" }),
    ({ pinId }) => pinId,
  );
}

export function useDeletePin(lockId: number) {
  return usePinMutation(
    lockId,
    (pinId: string) => fetchJson(`/api/locks/${lockId}/pins/${pinId}`, { method: "DELETE" }),
    (pins, pinId) => markPin(pins, pinId, { status: "deleting" }),
  );
}

/** Re-applies what the host set, for a drifted PIN or a write that did not land. */
export function useRepairPin(lockId: number) {
  return usePinMutation(
    lockId,
    (pinId: string) => fetchJson<Pin>(`/api/locks/${lockId}/pins/${pinId}/repair`, { method: "POST" }),
    (pins, pinId) => markPin(pins, pinId, { status: "pending" }),
    (pinId) => pinId,
  );
}

/** Takes over an unmanaged PIN as it is on the lock; nothing is written to the lock. */
export function useAdoptPin(lockId: number) {
  return usePinMutation(
    lockId,
    (pinId: string) => fetchJson<Pin>(`/api/locks/${lockId}/pins/${pinId}/adopt`, { method: "POST" }),
    (pins, pinId) => markPin(pins, pinId, { status: "saved", managed: true }),
    (pinId) => pinId,
  );
}

export function useLockSettings(lockId: number) {
  return useQuery(lockSettingsQueryOptions(lockId));
}

export function useUpdateLockSettings(lockId: number) {
  const queryClient = useQueryClient();
  const key = lockSettingsKey(lockId);
  return useMutation({
    mutationFn: (patch: Partial<LockSettings>) => fetchJson<LockSettings>(`/api/locks/${lockId}/settings`, { method: "PATCH", json: patch }),
    onMutate: async (patch) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<LockSettings>(key);
      if (previous) queryClient.setQueryData<LockSettings>(key, { ...previous, ...patch });
      return { previous };
    },
    onError: (_error, _patch, snapshot) => {
      if (snapshot?.previous) queryClient.setQueryData(key, snapshot.previous);
    },
    onSuccess: (settings) => queryClient.setQueryData(key, settings),
    // Turning auto-repair on may set repairs going at once.
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: key }), queryClient.invalidateQueries({ queryKey: pinKeys.list(lockId) })]),
  });
}
