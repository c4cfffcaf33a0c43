import { useMutation, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/client";
import { lockKeys } from "@/lib/locks/queries";
import type { CleanupResult } from "./types";
import { expiredPins } from "./cleanup-rules";
import { pinKeys } from "./queries";
import type { LockPin } from "./types";
import { searchKeys } from "./search-queries";
import type { Pin } from "./types";

/** "Delete expired PINs" on one lock: they show as deleting at once, then the list is read again. */
export function useCleanupLock(lockId: number, zone: string) {
  const queryClient = useQueryClient();
  const key = pinKeys.list(lockId);
  return useMutation({
    mutationFn: () => fetchJson<CleanupResult>(`/api/locks/${lockId}/pins/cleanup`, { method: "POST" }),
    onMutate: async () => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Pin[]>(key);
      const expired = new Set(expiredPins(previous ?? [], new Date(), zone).map((p) => p.id));
      queryClient.setQueryData<Pin[]>(key, (pins) => pins?.map((p) => (expired.has(p.id) ? { ...p, status: "deleting", statusReason: undefined, drift: undefined } : p)));
      return { previous };
    },
    onError: (_error, _vars, snapshot) => {
      if (snapshot?.previous) queryClient.setQueryData(key, snapshot.previous);
    },
    onSettled: () => invalidateAfterCleanup(queryClient, [lockId]),
  });
}

/** "Delete expired PINs" on every lock. */
export function useCleanupAll() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => fetchJson<CleanupResult>("/api/pins/cleanup", { method: "POST" }),
    onMutate: async () => {
      await queryClient.cancelQueries({ queryKey: searchKeys.all });
      // Every cached search shows the expired PINs as deleting until it is read again.
      queryClient.setQueriesData<LockPin[]>({ queryKey: searchKeys.all }, (pins) =>
        pins?.map((p) => (expiredPins([p], new Date(), p.lockZone).length ? { ...p, status: "deleting" } : p)),
      );
    },
    onSettled: (result) => invalidateAfterCleanup(queryClient, result?.locks),
  });
}

function invalidateAfterCleanup(queryClient: ReturnType<typeof useQueryClient>, lockIds: number[] | undefined) {
  const perLock = (lockIds ?? []).flatMap((lockId) => [pinKeys.list(lockId), pinKeys.activities(lockId), pinKeys.histories(lockId), lockKeys.detail(lockId)]);
  return Promise.all([
    ...perLock.map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    ...(lockIds ? [] : [queryClient.invalidateQueries({ queryKey: pinKeys.all })]),
    queryClient.invalidateQueries({ queryKey: searchKeys.all }),
    queryClient.invalidateQueries({ queryKey: lockKeys.list() }),
  ]);
}
