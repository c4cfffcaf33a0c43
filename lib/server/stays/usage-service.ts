import "server-only";
import { DomainError } from "@/lib/errors/domain-error";
import { usageByAuth, type PinUsage } from "@/lib/activity/usage";
import { pinUsage, readKeypadEntries } from "@/lib/server/activity/usage-read";
import { lockFacts } from "@/lib/engine/lock-data";
import type { NukiClient } from "@/lib/nuki/client";
import type { StayContext } from "./service";
import type { Stay } from "./store";
import { combineUsage, isCurrent, mayBeCurrent, stayInstants, stayUsage, type DoorWindow, type StayUsage } from "@/lib/stays/usage";

interface UsageDoor extends DoorWindow {
  lockId: number;
  authId: string | null;
}

const NONE: PinUsage = { firstUsedAt: null, lastUsedAt: null, uses: 0, complete: true };

/** A stay's doors with the auth id their PIN has on the lock and the window the host set, from the ledger. */
async function usageDoors(ctx: StayContext, stay: Stay, zones: Map<number, string>): Promise<UsageDoor[]> {
  const doors: UsageDoor[] = [];
  for (const row of await ctx.stays.doors(stay.id)) {
    if (!row.pinId) continue;
    const record = await ctx.ledger.get(ctx.accountId, row.lockId, row.pinId);
    if (!record) continue;
    const zone = zones.get(row.lockId) ?? "UTC";
    doors.push({ lockId: row.lockId, authId: record.authId, zone, validFrom: record.desired?.validFrom ?? null, validUntil: record.desired?.validUntil ?? null });
  }
  return doors;
}

async function lockZones(nuki: NukiClient): Promise<Map<number, string>> {
  return new Map((await nuki.listLocks()).map((lock) => [lock.smartlockId, lockFacts(lock).zone]));
}

/** The stay page: each door's log read filtered by its PIN (at most USAGE_MAX_PAGES pages per door). */
export async function getStayUsage(ctx: StayContext, stayId: string, delayMinutes: number): Promise<StayUsage> {
  const stay = await ctx.stays.get(ctx.accountId, stayId);
  if (!stay) throw new DomainError("not_found", "noSuchStay");
  const doors = await usageDoors(ctx, stay, await lockZones(ctx.nuki));
  const usages = await Promise.all(doors.map((door) => (door.authId ? pinUsage(ctx.nuki, door.lockId, door.authId) : NONE)));
  return stayUsage(combineUsage(usages), stayInstants(doors).from, Date.now(), delayMinutes, doors[0]?.zone);
}

/** Keypad openings on one lock since `from`, at most USAGE_MAX_PAGES pages: one read for every stay on it. */
async function lockOpenings(nuki: NukiClient, lockId: number, from: number) {
  const { entries, complete } = await readKeypadEntries(nuki, lockId, { fromDate: new Date(from).toISOString() });
  return { usage: usageByAuth(entries), complete };
}

/**
 * Usage for a list of stays, by stay id, for the stays whose window is on now only: finished and
 * future stays cost nothing. Each lock with a current stay has its log read once (since the
 * earliest check-in among them), and every stay's PIN is looked up in it.
 */
export async function listStayUsage(ctx: StayContext, stays: Stay[], delayMinutes: number): Promise<Record<string, StayUsage>> {
  const now = Date.now();
  // Past and future stays are dropped on their dates, before any database read or upstream call.
  const active = stays.filter((s) => s.status === "active" && mayBeCurrent(s, now));
  if (active.length === 0) return {};
  const zones = await lockZones(ctx.nuki);
  const current: { stay: Stay; doors: UsageDoor[]; window: ReturnType<typeof stayInstants> }[] = [];
  for (const stay of active) {
    const doors = await usageDoors(ctx, stay, zones);
    const window = stayInstants(doors);
    if (isCurrent(window, now)) current.push({ stay, doors, window });
  }
  const since = new Map<number, number>();
  for (const { doors, window } of current) {
    for (const door of doors) if (door.authId && window.from !== null) since.set(door.lockId, Math.min(since.get(door.lockId) ?? Infinity, window.from));
  }
  const logs = new Map(await Promise.all([...since].map(async ([lockId, from]) => [lockId, await lockOpenings(ctx.nuki, lockId, from)] as const)));
  const result: Record<string, StayUsage> = {};
  for (const { stay, doors, window } of current) {
    const usages = doors.map((door): PinUsage => {
      const log = logs.get(door.lockId);
      const seen = door.authId ? log?.usage.get(door.authId) : undefined;
      return seen ? { ...seen, complete: log?.complete ?? true } : { ...NONE, complete: log?.complete ?? true };
    });
    result[stay.id] = stayUsage(combineUsage(usages), window.from, now, delayMinutes, doors[0]?.zone);
  }
  return result;
}
