import "server-only";
import { authsByLock, lockData } from "@/lib/engine/lock-data";
import { lockFromNuki } from "@/lib/locks/mapping";
import type { Lock } from "@/lib/locks/types";
import type { PinContext } from "@/lib/server/pins/service";
import type { Pin } from "@/lib/pins/types";
import type { CalendarFacts } from "@/lib/attention/calendar-items";
import { calendarFacts } from "./calendar-facts";

export interface AccountSnapshot {
  locks: Lock[];
  /** Each lock's PINs as the host sees them (status, what changed, how a write is getting on). */
  pins: Map<number, Pin[]>;
  /** The calendar feeds and flagged stays, read from the database. */
  calendar: CalendarFacts;
}

/**
 * Every lock and PIN of the account in two upstream calls, however many locks, and its calendar
 * feeds and stays from the database: what Today and Needs attention read.
 */
export async function accountSnapshot(ctx: PinContext): Promise<AccountSnapshot> {
  const [smartlocks, auths, calendar] = await Promise.all([ctx.nuki.listLocks(), ctx.nuki.listAllKeypadAuths(), calendarFacts(ctx.accountId)]);
  const locks: Lock[] = [];
  const pins = new Map<number, Pin[]>();
  const authsOf = authsByLock(auths);
  for (const smartlock of smartlocks) {
    const own = authsOf(smartlock.smartlockId);
    locks.push(lockFromNuki(smartlock, own.length));
    pins.set(smartlock.smartlockId, await ctx.engine.view(ctx.nuki, ctx.accountId, lockData(smartlock, own), ctx.locale));
  }
  return { locks: locks.sort((a, b) => a.name.localeCompare(b.name)), pins, calendar };
}
