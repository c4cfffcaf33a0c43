import "server-only";
import type { AuthSession } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import type { NukiClient } from "@/lib/nuki/client";
import { stayContext } from "@/lib/server/stays/context";
import type { BackupContext } from "./service";
import { createBackupStore } from "./store";

/** The backup-code service's context for a signed-in request: the stays' one and the codes' store. */
export async function backupContext(route: { nuki: NukiClient; session: AuthSession; codeBudget?: () => Promise<void> }): Promise<BackupContext> {
  return { ...(await stayContext(route)), backups: createBackupStore(await getDb()) };
}
