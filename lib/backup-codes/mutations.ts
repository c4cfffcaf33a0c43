"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { backupKeys, changeBackupCodes } from "./queries";

/** Adds (POST) or removes the newest (DELETE) backup code of a property; the answer is the new list. */
export function useChangeBackupCodes(propertyId: string) {
  const queryClient = useQueryClient();
  const key = backupKeys.property(propertyId);
  return useMutation({
    // A listing still on its way was read before this change: it must not land after the answer.
    onMutate: () => queryClient.cancelQueries({ queryKey: key }),
    mutationFn: (method: "POST" | "DELETE") => changeBackupCodes(propertyId, method),
    onSuccess: (codes) => queryClient.setQueryData(key, codes),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
