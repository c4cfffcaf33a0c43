import type { NukiClient } from "@/lib/nuki/client";
import type { DoorEntry } from "./types";
import { entryKind, isKeypadLog } from "./words";

export interface Usage {
  /** UTC instants of the earliest and latest opening seen. */
  firstUsedAt: string;
  lastUsedAt: string;
  uses: number;
}

/** First and last opening per Nuki auth id, from entries in any order; wrong codes do not count. */
export function usageByAuth(entries: Pick<DoorEntry, "kind" | "authId" | "instant">[]): Map<string, Usage> {
  const result = new Map<string, Usage>();
  for (const entry of entries) {
    if (entry.kind !== "entry" || !entry.authId) continue;
    const seen = result.get(entry.authId);
    if (!seen) {
      result.set(entry.authId, { firstUsedAt: entry.instant, lastUsedAt: entry.instant, uses: 1 });
      continue;
    }
    if (entry.instant < seen.firstUsedAt) seen.firstUsedAt = entry.instant;
    if (entry.instant > seen.lastUsedAt) seen.lastUsedAt = entry.instant;
    seen.uses += 1;
  }
  return result;
}

/** Log pages read for one PIN's usage: a guest code rarely has more than a few dozen entries. */
export const USAGE_MAX_PAGES = 4;

export interface PinUsage {
  firstUsedAt: string | null;
  lastUsedAt: string | null;
  uses: number;
  /** False when the PIN has more entries than were read: `firstUsedAt` is then only the earliest seen. */
  complete: boolean;
}

/** One PIN's first and last opening, read from the lock's log filtered by its auth id. */
export async function pinUsage(nuki: NukiClient, lockId: number, authId: string): Promise<PinUsage> {
  const entries: Pick<DoorEntry, "kind" | "authId" | "instant">[] = [];
  let position: string | undefined;
  for (let page = 0; page < USAGE_MAX_PAGES; page += 1) {
    const logs = await nuki.listLog(lockId, { limit: 50, authId, ...(position ? { id: position } : {}) });
    for (const log of logs) {
      if (isKeypadLog(log) && log.authId === authId) entries.push({ kind: entryKind(log), authId, instant: new Date(log.date).toISOString() });
    }
    if (logs.length < 50) {
      const usage = usageByAuth(entries).get(authId);
      return { firstUsedAt: usage?.firstUsedAt ?? null, lastUsedAt: usage?.lastUsedAt ?? null, uses: usage?.uses ?? 0, complete: true };
    }
    position = logs.at(-1)?.id;
  }
  const usage = usageByAuth(entries).get(authId);
  return { firstUsedAt: usage?.firstUsedAt ?? null, lastUsedAt: usage?.lastUsedAt ?? null, uses: usage?.uses ?? 0, complete: false };
}
