import "server-only";
import { DomainError } from "@/lib/errors/domain-error";
import { authsByLock, lockData } from "@/lib/engine/lock-data";
import { matchesFilter, matchesSearch, isPinFilter, type PinFilter } from "@/lib/pins/filter";
import type { PinContext } from "./service";
import type { LockPin } from "@/lib/pins/types";

export const MAX_QUERY = 40;

export function parsePinSearch(params: URLSearchParams): { q: string; filter: PinFilter } {
  const q = (params.get("q") ?? "").trim();
  if (q.length > MAX_QUERY) throw new DomainError("invalid_input", "queryTooLong", "q", undefined, { max: MAX_QUERY });
  const filter = params.get("filter") || "all";
  if (!isPinFilter(filter)) throw new DomainError("invalid_input", "filterInvalid", "filter");
  return { q, filter };
}

/** Every PIN of the account matching the search and filter, from two upstream calls whatever the number of locks. */
export async function searchPins(ctx: PinContext, { q, filter }: { q: string; filter: PinFilter }, now = new Date()): Promise<LockPin[]> {
  const [locks, auths] = await Promise.all([ctx.nuki.listLocks(), ctx.nuki.listAllKeypadAuths()]);
  const found: LockPin[] = [];
  const authsOf = authsByLock(auths);
  for (const smartlock of locks) {
    const facts = lockData(smartlock, authsOf(smartlock.smartlockId));
    if (!facts.keypadPaired && facts.listed.length === 0) continue;
    for (const pin of await ctx.engine.view(ctx.nuki, ctx.accountId, facts, ctx.locale)) {
      if (matchesFilter(pin, filter, now, facts.zone) && matchesSearch(pin, q)) {
        found.push({ ...pin, lockId: facts.lockId, lockName: smartlock.name, lockZone: facts.zone });
      }
    }
  }
  return found.sort((a, b) => a.lockName.localeCompare(b.lockName) || a.name.localeCompare(b.name));
}
