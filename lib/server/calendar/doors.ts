import "server-only";
import { generatedCode } from "@/lib/server/pins/service";
import { loadAccountLocks, type LockData } from "@/lib/engine/lock-data";
import type { Pin } from "@/lib/pins/types";
import type { Property } from "@/lib/properties/types";
import { stayPinName } from "@/lib/stays/name";
import { placeOnDoors, removeFromDoors, timesOf, windowFor, type StayContext } from "@/lib/server/stays/service";
import type { Stay, StayDoorRow } from "@/lib/server/stays/store";
import { stayWindow } from "@/lib/stays/window";
import { instantToWallTime } from "@/lib/time/wall-time";
import { doorStep } from "@/lib/calendar/doors-plan";
import { storedMessage } from "@/lib/i18n/stored-text";

/** A property's doors as read now: the locks, those with a keypad, and each keypad's PINs. */
export interface PropertyDoors {
  doors: LockData[];
  keypads: LockData[];
  pinsOn: Map<number, Pin[]>;
  /** Where "today" is read: the first keypad door's zone (UTC without one). */
  zone: string;
}

export async function readDoors(ctx: StayContext, property: Property): Promise<PropertyDoors> {
  const locks = await loadAccountLocks(ctx.nuki);
  const doors = property.lockIds.map((id) => locks.get(id)).filter((lock): lock is LockData => lock !== undefined);
  const keypads = doors.filter((lock) => lock.keypadPaired);
  const pinsOn = new Map<number, Pin[]>();
  for (const lock of keypads) pinsOn.set(lock.lockId, await ctx.engine.view(ctx.nuki, ctx.accountId, lock, ctx.locale));
  return { doors, keypads, pinsOn, zone: keypads[0]?.zone ?? doors[0]?.zone ?? "UTC" };
}

/** Codes in use on any of the doors, and the codes other scheduled stays keep free for their guests. */
export async function takenCodes(ctx: StayContext, property: Property, doors: PropertyDoors, exceptStayId?: string): Promise<Set<string>> {
  const onDoors = [...doors.pinsOn.values()].flatMap((pins) => pins.map((p) => p.code));
  const scheduled = (await ctx.stays.list(ctx.accountId, property.id)).filter((s) => s.status === "scheduled" && s.id !== exceptStayId).map((s) => s.code);
  return new Set([...onDoors, ...scheduled]);
}

/**
 * A restart between Nuki's write and the stay noting it leaves the stay's own PIN on a door unrecorded:
 * one Keyhost made with the stay's code and PIN name that no stay claims is taken back, not replaced.
 */
async function claimUnrecorded(ctx: StayContext, stay: Stay, doors: PropertyDoors, own: StayDoorRow[], claimed: Set<string>): Promise<StayDoorRow[]> {
  const name = stayPinName(stay.guestName, stay.arrival);
  const found: StayDoorRow[] = [];
  for (const lock of doors.keypads) {
    if (own.some((row) => row.lockId === lock.lockId && row.pinId)) continue;
    const pin = doors.pinsOn.get(lock.lockId)?.find((p) => p.managed && p.code === stay.code && p.name === name && !claimed.has(p.id) && p.status !== "failed");
    if (!pin) continue;
    const row = { lockId: lock.lockId, pinId: pin.id, problem: null };
    await ctx.stays.setDoor(stay.id, row);
    claimed.add(pin.id);
    found.push(row);
  }
  return found.length === 0 ? own : [...own.filter((row) => !found.some((f) => f.lockId === row.lockId)), ...found];
}

/**
 * Brings the doors in line with the property's synced stays at `now`: a scheduled stay's code is
 * kept free (another is chosen, and the host told, if a PIN made elsewhere took it), goes onto
 * every door `leadDays` before check-in, and comes off after check-out plus the late buffer.
 */
export async function settleDoors(ctx: StayContext, property: Property, now: number): Promise<void> {
  const stays = (await ctx.stays.list(ctx.accountId, property.id)).filter((s) => s.feedId && s.status !== "cancelled" && !s.clearedAt);
  if (stays.length === 0) return;
  const doors = await readDoors(ctx, property);
  const nowWall = instantToWallTime(new Date(now), doors.zone);
  let claimed: Set<string> | null = null;
  for (const stay of stays) {
    const times = timesOf(property, stay);
    const { validUntil } = stayWindow(stay.arrival, stay.departure, times);
    let code = stay.code;
    // A sync cut short after some doors got their PIN resumes with the rest: the stay's own PINs are not "taken".
    let own = await ctx.stays.doors(stay.id);
    if (stay.status === "scheduled") {
      claimed ??= new Set((await ctx.stays.pinRefs(ctx.accountId)).map((ref) => ref.pinId));
      own = await claimUnrecorded(ctx, stay, doors, own, claimed);
    }
    const ownPins = new Set(own.flatMap((row) => (row.pinId ? [row.pinId] : [])));
    if (stay.status === "scheduled" && ownPins.size === 0) {
      const onDoors = new Set([...doors.pinsOn.values()].flatMap((pins) => pins.filter((p) => !ownPins.has(p.id)).map((p) => p.code)));
      if (onDoors.has(code)) {
        code = await generatedCode(ctx, new Set([...onDoors, ...[...stays].map((s) => s.code)]));
        await ctx.stays.update(ctx.accountId, stay.id, {
          code,
          codeNote: null,
          notice: storedMessage("calendar.notice.codeChanged"),
        });
      }
    }
    const step = doorStep(stay, property.leadDays, nowWall, validUntil);
    if (step === "activate" && doors.keypads.length > 0) {
      const window = windowFor(times, stay.arrival, stay.departure, doors.keypads.map((l) => l.zone));
      const missing = doors.doors.filter((lock) => !own.some((row) => row.lockId === lock.lockId && (row.pinId || !lock.keypadPaired)));
      const { created } = await placeOnDoors(ctx, stay.id, missing, doors.pinsOn, { name: stayPinName(stay.guestName, stay.arrival), code, ...window });
      // Nothing reached a door (Nuki refused every one): the stay stays scheduled and is tried again.
      if (created > 0 || ownPins.size > 0) await ctx.stays.update(ctx.accountId, stay.id, { status: "active" });
    } else if (step === "clear") {
      await removeFromDoors(ctx, stay.id);
      await ctx.stays.update(ctx.accountId, stay.id, { clearedAt: new Date(now).toISOString() });
    }
  }
}
