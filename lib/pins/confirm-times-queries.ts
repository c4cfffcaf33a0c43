import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/client";
import type { ConfirmTimes } from "./confirm-times";
import { pinKeys } from "./queries";

export const confirmTimesKey = (lockId: number) => [...pinKeys.all, "confirm-times", lockId] as const;

/** How long writes to a lock take; looked at again whenever one of its writes settles. */
export const confirmTimesQueryOptions = (lockId: number) =>
  queryOptions({
    queryKey: confirmTimesKey(lockId),
    queryFn: () => fetchJson<ConfirmTimes>(`/api/locks/${lockId}/confirm-times`),
  });
