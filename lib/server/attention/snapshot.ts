import "server-only";
import { authsByLock, lockData } from "@/lib/engine/lock-data";
import { lockFromNuki } from "@/lib/locks/mapping";
import type { Lock } from "@/lib/locks/types";
import type { PinContext } from "@/lib/server/pins/service";
import type { Pin } from "@/lib/pins/types";
import type { CalendarFacts } from "@/lib/attention/calendar-items";
import { calendarFacts } from "./calendar-facts";
import type { NukiAuth, NukiSmartlock } from "@/lib/nuki/schemas";
import { accountChanges } from "@/lib/process/account-changes";
import { sharedWork } from "@/lib/process/shared-work";

export interface AccountSnapshot {
  /** Shared with concurrent requests (see `accountSnapshot`): read only. */
  locks: readonly Lock[];
  /** Each lock's PINs as the host sees them (status, what changed, how a write is getting on). */
  pins: ReadonlyMap<number, readonly Pin[]>;
  /** The calendar feeds and flagged stays, read from the database. */
  calendar: CalendarFacts;
}

/**
 * Every lock and PIN of the account in two upstream calls, however many locks, and its calendar
 * feeds and stays from the database: what Today and Needs attention read. Requests that hold the
 * same two answers (concurrent loads share one upstream read) share one working out of the locks'
 * PINs, unless the host changed something in between.
 */
export async function accountSnapshot(ctx: PinContext): Promise<AccountSnapshot> {
  const [smartlocks, auths, calendar] = await Promise.all([ctx.nuki.listLocks(), ctx.nuki.listAllKeypadAuths(), calendarFacts(ctx.accountId)]);
  const key = `${ctx.accountId}|${ctx.locale ?? "en"}|${accountChanges(ctx.accountId)}`;
  const { locks, pins } = await sharedWork("account-pins", [auths, smartlocks], key, () => lockPins(ctx, smartlocks, auths));
  return { locks, pins, calendar };
}

async function lockPins(ctx: PinContext, smartlocks: NukiSmartlock[], auths: NukiAuth[]): Promise<Omit<AccountSnapshot, "calendar">> {
  const locks: Lock[] = [];
  const pins = new Map<number, Pin[]>();
  const authsOf = authsByLock(auths);
  for (const smartlock of smartlocks) {
    const own = authsOf(smartlock.smartlockId);
    locks.push(lockFromNuki(smartlock, own.length));
    pins.set(smartlock.smartlockId, await ctx.engine.view(ctx.nuki, ctx.accountId, lockData(smartlock, own), ctx.locale));
  }
  return { locks: locks.sort((a, b) => a.name.localeCompare(b.name)), pins };
}
