import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/client";
import type { BackupCode, BackupOffer } from "./types";

export const backupKeys = {
  all: ["backup-codes"] as const,
  property: (propertyId: string) => [...backupKeys.all, propertyId] as const,
};

/** The property's backup codes; looked at again every few seconds while one is on its way to a door. */
export const backupCodesQueryOptions = (propertyId: string) =>
  queryOptions({
    queryKey: backupKeys.property(propertyId),
    queryFn: () => fetchJson<BackupCode[]>(`/api/properties/${propertyId}/backup-codes`),
    refetchInterval: (query) => (query.state.data?.some((b) => b.doors.some((d) => d.status === "pending" || d.status === "deleting")) ? 1_000 : false),
    refetchIntervalInBackground: false,
  });

export const changeBackupCodes = (propertyId: string, method: "POST" | "DELETE") =>
  fetchJson<BackupCode[]>(`/api/properties/${propertyId}/backup-codes`, { method });

export const offerBackupCode = (stayId: string) => fetchJson<BackupOffer>(`/api/stays/${stayId}/backup-code`, { method: "POST" });
