"use client";

import { useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/client";
import { lockKeys } from "@/lib/locks/queries";
import { pinKeys } from "@/lib/pins/queries";
import { stayKeys, stayUsageKeys } from "./queries";
import type { StayCreate, StayPatch } from "./schema";
import type { StayDetail } from "./types";

/**
 * A stay's PINs also show on each door's PIN list and count. Its usage is kept a minute, so it
 * is dropped too: a cancelled or moved stay must not keep showing "Not entered yet" meanwhile.
 */
function settle(queryClient: QueryClient, id?: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: stayKeys.lists() }),
    id ? queryClient.invalidateQueries({ queryKey: stayKeys.detail(id) }) : null,
    queryClient.invalidateQueries({ queryKey: stayUsageKeys.all }),
    queryClient.invalidateQueries({ queryKey: pinKeys.all }),
    queryClient.invalidateQueries({ queryKey: lockKeys.all }),
  ]);
}

export function useCreateStay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: StayCreate) => fetchJson<StayDetail>("/api/stays", { method: "POST", json: input }),
    onSuccess: (stay) => queryClient.setQueryData(stayKeys.detail(stay.id), stay),
    onSettled: (stay) => settle(queryClient, stay?.id),
  });
}

/** Shows the doors as saving at the new dates at once; the server's answer replaces it. */
function useStayChange<T>(id: string, request: (variables: T) => Promise<StayDetail | unknown>, change: (stay: StayDetail, variables: T) => StayDetail) {
  const queryClient = useQueryClient();
  const key = stayKeys.detail(id);
  return useMutation({
    mutationFn: request,
    onMutate: async (variables: T) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<StayDetail>(key);
      if (previous) queryClient.setQueryData<StayDetail>(key, change(previous, variables));
      return { previous };
    },
    onError: (_error, _variables, snapshot) => {
      if (snapshot?.previous) queryClient.setQueryData(key, snapshot.previous);
    },
    onSettled: () => settle(queryClient, id),
  });
}

const withPinsAs = (stay: StayDetail, status: "pending" | "deleting"): StayDetail["doors"] =>
  stay.doors.map((door) => (door.pinId && door.status !== "gone" ? { ...door, status, statusReason: undefined } : door));

export function useUpdateStayDates(id: string) {
  return useStayChange(
    id,
    (patch: StayPatch) => fetchJson<StayDetail>(`/api/stays/${id}`, { method: "PATCH", json: patch }),
    (stay, patch) => ({ ...stay, ...patch, doors: withPinsAs(stay, "pending") }),
  );
}

export function useCancelStay(id: string) {
  return useStayChange(
    id,
    () => fetchJson(`/api/stays/${id}`, { method: "DELETE" }),
    (stay) => ({ ...stay, status: "cancelled", doors: withPinsAs(stay, "deleting") }),
  );
}
