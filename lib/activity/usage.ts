import type { DoorEntry } from "./types";

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

/** Log pages read for usage (one PIN, or every PIN on a lock since a stay began): a guest code rarely has more than a few dozen entries. */
export const USAGE_MAX_PAGES = 4;

export interface PinUsage {
  firstUsedAt: string | null;
  lastUsedAt: string | null;
  uses: number;
  /** False when the PIN has more entries than were read: `firstUsedAt` is then only the earliest seen. */
  complete: boolean;
}
