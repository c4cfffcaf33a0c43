import "server-only";
import { USAGE_MAX_PAGES, usageByAuth, type PinUsage } from "@/lib/activity/usage";
import type { DoorEntry } from "@/lib/activity/types";
import { entryKind, isKeypadLog } from "@/lib/activity/words";
import type { NukiClient } from "@/lib/nuki/client";
import type { NukiLogQuery } from "@/lib/nuki/schemas";

type UsageEntry = Pick<DoorEntry, "kind" | "authId" | "instant">;

/**
 * Keypad entries of one lock's log under `filter` (a PIN's auth id, or a start date for every PIN
 * at once), newest first, at most USAGE_MAX_PAGES pages of 50; `complete` is false when more were left.
 */
export async function readKeypadEntries(nuki: NukiClient, lockId: number, filter: Pick<NukiLogQuery, "authId" | "fromDate">): Promise<{ entries: UsageEntry[]; complete: boolean }> {
  const entries: UsageEntry[] = [];
  let position: string | undefined;
  for (let page = 0; page < USAGE_MAX_PAGES; page += 1) {
    const logs = await nuki.listLog(lockId, { limit: 50, ...filter, ...(position ? { id: position } : {}) });
    for (const log of logs) if (isKeypadLog(log)) entries.push({ kind: entryKind(log), ...(log.authId ? { authId: log.authId } : {}), instant: new Date(log.date).toISOString() });
    if (logs.length < 50) return { entries, complete: true };
    position = logs.at(-1)?.id;
  }
  return { entries, complete: false };
}

/** One PIN's first and last opening, read from the lock's log filtered by its auth id. */
export async function pinUsage(nuki: NukiClient, lockId: number, authId: string): Promise<PinUsage> {
  const { entries, complete } = await readKeypadEntries(nuki, lockId, { authId });
  // usageByAuth counts only this auth's openings, should the log hold any other entry.
  const usage = usageByAuth(entries).get(authId);
  return { firstUsedAt: usage?.firstUsedAt ?? null, lastUsedAt: usage?.lastUsedAt ?? null, uses: usage?.uses ?? 0, complete };
}
