import "server-only";
import { DomainError, invalidInput } from "@/lib/errors/domain-error";
import type { Locale } from "@/lib/i18n/config";
import { serverTranslator } from "@/lib/i18n/translate";
import type { PropertyStore } from "@/lib/server/properties/store";
import type { CheckStore } from "@/lib/server/checks/store";
import { stayChecksOf } from "@/lib/server/checks/view";
import type { Property } from "@/lib/properties/types";
import { loadAccountLocks, type LockData } from "@/lib/engine/lock-data";
import { deletePin, deletePinOn, generatedCode, recordNewPin, sendNewPin, updatePin, updatePinOn, type PinContext, type RecordedPin } from "@/lib/server/pins/service";
import type { Pin } from "@/lib/pins/types";
import { wallTimeToInstant } from "@/lib/time/wall-time";
import { stayPinName } from "@/lib/stays/name";
import { validateStayDates, type StayCreate, type StayPatch } from "@/lib/stays/schema";
import { doorView, NO_KEYPAD, refusalProblem, UNREACHABLE } from "./door-view";
import { createStayStore } from "./store";
import { createLedger } from "@/lib/ledger/ledger";
import type { Stay as StoredStay, StayStore } from "./store";
import type { Stay, StayDetail } from "@/lib/stays/types";
import { doorsOn, stayWindow, type StayTimes } from "@/lib/stays/window";

export interface StayContext extends PinContext {
  properties: PropertyStore;
  stays: StayStore;
  /** The pre-arrival checks' records, where the caller reads them (requests do, background work need not). */
  checks?: CheckStore;
  /** The language of the request (names of new PINs, words in answers); English for background work. */
  locale?: Locale;
}

const notFound = () => new DomainError("not_found", "noSuchStay");

async function ownStay(ctx: StayContext, id: string): Promise<StoredStay> {
  const stay = await ctx.stays.get(ctx.accountId, id);
  if (!stay) throw notFound();
  return stay;
}

/** The stay's own check-in and check-out times where it has them, the property's otherwise. */
export function timesOf(property: Property, stay: { checkInTime?: string | null; checkOutTime?: string | null }) {
  return { ...property, checkInTime: stay.checkInTime ?? property.checkInTime, checkOutTime: stay.checkOutTime ?? property.checkOutTime };
}

/** The PIN window at the stay's times, refused when a door's clocks skip that time (DST). */
export function windowFor(times: StayTimes, arrival: string, departure: string, zones: string[]) {
  const window = stayWindow(arrival, departure, times);
  for (const zone of new Set(zones)) {
    for (const [field, wall] of [["arrival", window.validFrom], ["departure", window.validUntil]] as const) {
      const result = wallTimeToInstant(wall, zone);
      if (result.kind === "nonexistent") {
        throw new DomainError("invalid_input", "wallTimeSkipped", field, undefined, { time: wall.replace("T", " "), zone });
      }
    }
  }
  return window;
}

function withName(stay: StoredStay, properties: Property[], locale: Locale = "en"): Stay {
  const property = properties.find((p) => p.id === stay.propertyId);
  const scheduledFor = stay.status === "scheduled" && property ? { doorsOn: doorsOn(stay.arrival, property.leadDays) } : {};
  return { ...stay, ...scheduledFor, propertyName: property?.name ?? serverTranslator(locale, "stays")("door.deletedProperty") };
}

const DAY_MS = 86_400_000;

/**
 * The stays by arrival; with `checks`, each active stay still to arrive carries what its pre-arrival
 * checks found (a day's slack: arrival is a date in the doors' zone, not UTC's).
 */
export async function listStays(ctx: StayContext, propertyId?: string, options: { checks?: boolean; now?: Date } = {}): Promise<Stay[]> {
  const [stays, properties] = await Promise.all([ctx.stays.list(ctx.accountId, propertyId), ctx.properties.list(ctx.accountId)]);
  const named = stays.map((stay) => withName(stay, properties, ctx.locale));
  if (!options.checks || !ctx.checks) return named;
  const since = new Date((options.now ?? new Date()).getTime() - DAY_MS).toISOString().slice(0, 10);
  const upcoming = named.filter((stay) => stay.status === "active" && stay.arrival >= since).map((stay) => stay.id);
  const checks = await stayChecksOf(ctx.checks, upcoming);
  return named.map((stay) => { const found = checks.get(stay.id); return found ? { ...stay, checks: found } : stay; });
}

export async function getStay(ctx: StayContext, id: string): Promise<StayDetail> {
  const stay = await ownStay(ctx, id);
  const [rows, locks, properties] = await Promise.all([ctx.stays.doors(id), loadAccountLocks(ctx.nuki), ctx.properties.list(ctx.accountId)]);
  const views = new Map<number, Pin[]>();
  for (const lock of locks.values()) {
    if (rows.some((r) => r.lockId === lock.lockId && r.pinId)) views.set(lock.lockId, await ctx.engine.view(ctx.nuki, ctx.accountId, lock, ctx.locale));
  }
  const checks = ctx.checks ? (await stayChecksOf(ctx.checks, [id])).get(id) : undefined;
  return {
    ...withName(stay, properties, ctx.locale),
    doors: rows.map((row) => doorView(row, locks.get(row.lockId), views.get(row.lockId) ?? [], ctx.locale)),
    ...(checks ? { checks } : {}),
  };
}

export async function createStay(ctx: StayContext, input: StayCreate): Promise<StayDetail> {
  const property = await ctx.properties.get(ctx.accountId, input.propertyId);
  if (!property) throw new DomainError("invalid_input", "chooseProperty", "propertyId");
  const locks = await loadAccountLocks(ctx.nuki);
  const doors = property.lockIds.map((id) => locks.get(id)).filter((lock): lock is LockData => lock !== undefined);
  const keypads = doors.filter((lock) => lock.keypadPaired);
  if (keypads.length === 0) {
    throw new DomainError("keypad_not_paired", "noKeypadForStay", "propertyId", undefined, { property: property.name });
  }
  const window = windowFor(property, input.arrival, input.departure, keypads.map((lock) => lock.zone));
  // One code for every door: free on all of them, pending PINs included. Each door's PIN is then
  // created on the lock and PINs read here: after these reads, only the writes go to Nuki.
  const pinsOn = new Map<number, Pin[]>();
  for (const lock of keypads) pinsOn.set(lock.lockId, await ctx.engine.view(ctx.nuki, ctx.accountId, lock, ctx.locale));
  const taken = new Set([...pinsOn.values()].flatMap((pins) => pins.map((pin) => pin.code)));
  const code = await generatedCode(ctx, taken);
  const pin = { name: stayPinName(input.guestName, input.arrival, ctx.locale), code, ...window };
  // The stay, its doors and their PINs in the ledger are recorded together, before anything is sent.
  const { stay, recorded } = await ctx.stays.inOneTransaction(async (trx) => {
    const together = { ...ctx, stays: createStayStore(trx), ledger: createLedger(trx) };
    const made = await together.stays.create(ctx.accountId, { ...input, code });
    return { stay: made, recorded: await recordDoors(together, made.id, doors, pinsOn, pin) };
  });
  const { created, firstError } = await sendDoors(ctx, stay.id, recorded);
  if (created === 0) {
    // Nothing reached any door: no stay either, and the form shows why with what was typed.
    await ctx.stays.remove(ctx.accountId, stay.id);
    throw firstError;
  }
  return getStay(ctx, stay.id);
}

/** Each keypad door's PIN recorded in the ledger (pending, not sent yet), or the door's problem noted. */
interface RecordedDoors {
  recorded: { lock: LockData; pin: RecordedPin }[];
  /** Why the first door that could not be recorded was refused. */
  firstError: unknown;
}

async function recordDoors(ctx: StayContext, stayId: string, doors: LockData[], pinsOn: Map<number, Pin[]>, pin: DoorPin): Promise<RecordedDoors> {
  const recorded: RecordedDoors["recorded"] = [];
  let firstError: unknown;
  for (const lock of doors) {
    if (!lock.keypadPaired) {
      await ctx.stays.setDoor(stayId, { lockId: lock.lockId, pinId: null, problem: NO_KEYPAD });
      continue;
    }
    try {
      const made = await recordNewPin(ctx, lock, pinsOn.get(lock.lockId) ?? [], pin);
      await ctx.stays.setDoor(stayId, { lockId: lock.lockId, pinId: made.record.id, problem: null });
      recorded.push({ lock, pin: made });
    } catch (error) {
      firstError ??= error;
      await ctx.stays.setDoor(stayId, { lockId: lock.lockId, pinId: null, problem: problemOf(error) });
    }
  }
  return { recorded, firstError };
}

/** Stored as a key, not a sentence: the stay page shows it in the language of whoever reads it. */
const problemOf = (error: unknown) => (error instanceof DomainError ? refusalProblem(error.key, error.values) : UNREACHABLE);

type DoorPin = { name: string; code: string; validFrom: string; validUntil: string };

/**
 * One PIN per door with the stay's code (`pinsOn`: each keypad door's PINs, read just before).
 * Every door's PIN is recorded before any is sent (a new stay records them in one transaction with
 * itself, `createStay`): a server that stops while sending leaves each door's PIN pending in the
 * ledger, where the engine (of this or another instance) sends it once the lease runs out.
 */
export async function placeOnDoors(
  ctx: StayContext,
  stayId: string,
  doors: LockData[],
  pinsOn: Map<number, Pin[]>,
  pin: DoorPin,
): Promise<{ created: number; firstError: unknown }> {
  return sendDoors(ctx, stayId, await recordDoors(ctx, stayId, doors, pinsOn, pin));
}

/** Sends the recorded PINs; a door whose write Nuki refuses notes why. */
async function sendDoors(ctx: StayContext, stayId: string, { recorded, firstError }: RecordedDoors): Promise<{ created: number; firstError: unknown }> {
  let refusal = firstError;
  let created = 0;
  for (const { lock, pin } of recorded) {
    try {
      // Nuki busy or unreachable for the write is not a refusal: the PIN stays pending and the engine retries it.
      await sendNewPin(ctx, pin, lock);
      created++;
    } catch (error) {
      refusal ??= error;
      await ctx.stays.setDoor(stayId, { lockId: lock.lockId, pinId: null, problem: problemOf(error) });
    }
  }
  return { created, firstError: refusal };
}

/**
 * Moves every door's PIN to the new dates or the stay's own times (and the name, which shows the
 * arrival day); detaching from its calendar feed leaves the PINs as they are.
 */
export async function updateStayDates(ctx: StayContext, id: string, patch: StayPatch): Promise<StayDetail> {
  const stay = await ownStay(ctx, id);
  if (stay.status === "cancelled") throw new DomainError("cancelled", "stayCancelled");
  if (patch.detach) await ctx.stays.update(ctx.accountId, id, { feedId: null });
  if (patch.arrival === undefined && patch.departure === undefined && patch.checkInTime === undefined && patch.checkOutTime === undefined) return getStay(ctx, id);
  const arrival = patch.arrival ?? stay.arrival;
  const departure = patch.departure ?? stay.departure;
  const times = { checkInTime: patch.checkInTime === undefined ? stay.checkInTime : patch.checkInTime, checkOutTime: patch.checkOutTime === undefined ? stay.checkOutTime : patch.checkOutTime };
  const problem = validateStayDates(arrival, departure);
  if (problem) throw invalidInput(problem.message, problem.field);
  const property = await ctx.properties.get(ctx.accountId, stay.propertyId);
  if (!property) throw new DomainError("property_deleted", "stayPropertyDeleted");
  const rows = (await ctx.stays.doors(id)).filter((row) => row.pinId);
  const records = [];
  for (const row of rows) {
    const record = await ctx.ledger.get(ctx.accountId, row.lockId, row.pinId!);
    if (!record || record.status === "gone" || !record.desired) continue;
    if (!record.authId && record.status === "pending") {
      throw new DomainError("still_saving", "stayStillSaving");
    }
    records.push(row);
  }
  const locks = await loadAccountLocks(ctx.nuki);
  const window = windowFor(timesOf(property, times), arrival, departure, records.map((r) => locks.get(r.lockId)?.zone ?? "UTC"));
  const name = stayPinName(stay.guestName, arrival, ctx.locale);
  let moved = records.length === 0;
  try {
    for (const row of records) {
      const lock = locks.get(row.lockId);
      // A lock no longer listed is read on its own, so that Nuki's answer says what became of it.
      if (lock) await updatePinOn(ctx, lock, await ctx.engine.view(ctx.nuki, ctx.accountId, lock, ctx.locale), row.pinId!, { name, ...window });
      else await updatePin(ctx, row.lockId, row.pinId!, { name, ...window });
      moved = true;
    }
  } finally {
    // Once any door moved, the stay's dates are the new ones; a door that refused shows its status.
    if (moved) await ctx.stays.update(ctx.accountId, id, { arrival, departure, ...times });
  }
  return getStay(ctx, id);
}

/** Deletes every door's PIN; the stay stays listed as cancelled. */
export async function cancelStay(ctx: StayContext, id: string): Promise<void> {
  const stay = await ownStay(ctx, id);
  if (stay.status === "cancelled") return;
  await removeFromDoors(ctx, id);
  await ctx.stays.update(ctx.accountId, id, { status: "cancelled" });
}

/** Deletes the stay's PIN from every door it is still on. */
export async function removeFromDoors(ctx: StayContext, id: string): Promise<void> {
  // Every door's lock in the same two upstream calls, read once there is a PIN to delete.
  let locks: Map<number, LockData> | undefined;
  for (const row of await ctx.stays.doors(id)) {
    if (!row.pinId) continue;
    const record = await ctx.ledger.get(ctx.accountId, row.lockId, row.pinId);
    if (!record || record.status === "gone" || !record.desired) continue;
    locks ??= await loadAccountLocks(ctx.nuki);
    const lock = locks.get(row.lockId);
    try {
      if (lock) await deletePinOn(ctx, lock, await ctx.engine.view(ctx.nuki, ctx.accountId, lock, ctx.locale), row.pinId);
      else await deletePin(ctx, row.lockId, row.pinId);
    } catch (error) {
      // Already gone from the lock and the ledger: nothing left to delete there.
      if (!(error instanceof DomainError && error.code === "not_found")) throw error;
    }
  }
}
