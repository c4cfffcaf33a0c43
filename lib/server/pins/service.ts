import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { DomainError, invalidInput } from "@/lib/errors/domain-error";
import { isUuid } from "@/lib/validation/uuid";
import type { Engine } from "@/lib/engine/engine";
import { loadLock, type LockData } from "@/lib/engine/lock-data";
import type { Ledger, PinRecord } from "@/lib/ledger/ledger";
import type { NukiClient } from "@/lib/nuki/client";
import { isAuthId } from "@/lib/nuki/ids";
import { generatePinCode } from "@/lib/pins/generate-code";
import { mergePinPatch, nukiPayloadFromPin, pinFromNukiAuth } from "@/lib/pins/nuki-mapping";
import { keepAsOnLock } from "@/lib/server/pins/keep-on-lock";
import { pinChanges, yearOnLock } from "@/lib/pins/change-words";
import { detailWords, storeDetail } from "@/lib/pins/event-detail";
import { translateIn } from "@/lib/i18n/translate";
import { pinFields } from "@/lib/pins/expected";
import { findCodeConflict, validatePinState, type PinState } from "@/lib/pins/schema";
import { explainWriteError } from "./send-write";
import type { LockSettings, Pin, PinEvent } from "@/lib/pins/types";

/** Everything a PIN request works with: the user's Nuki client, who they are, and the engine. */
export interface PinContext {
  nuki: NukiClient;
  accountId: string;
  /** Recorded in the ledger as who asked. */
  actor: string;
  engine: Engine;
  ledger: Ledger;
  /** Charges one generated code to whoever asked (absent for the engine and tests: nobody to charge). */
  codeBudget?: () => Promise<void>;
  /** The language a PIN's `statusReason` is worded in: the request's (English for the engine and tests). */
  locale?: Locale;
}

/** A fresh code, charged to the caller's budget. */
export async function generatedCode(ctx: Pick<PinContext, "codeBudget">, taken: Parameters<typeof generatePinCode>[0]): Promise<string> {
  await ctx.codeBudget?.();
  return generatePinCode(taken);
}

const notFound = () => new DomainError("not_found", "noSuchPin");

export async function listPins(ctx: PinContext, lockId: number): Promise<Pin[]> {
  return ctx.engine.view(ctx.nuki, ctx.accountId, await loadLock(ctx.nuki, lockId), ctx.locale);
}

/** What Nuki will list once a write lands: the payload read back the way listings are read. */
function expectedAfterWrite(state: PinState, lock: LockData, now: Date): PinState {
  const problem = validatePinState(state)[0];
  if (problem) throw invalidInput(problem.message, problem.field);
  const result = nukiPayloadFromPin(state, lock.zone, now);
  if (!result.ok) throw new DomainError("invalid_input", "clockGap", result.field, undefined, { ...result.values });
  const p = result.payload;
  return pinFields(pinFromNukiAuth({ ...p, id: "0".repeat(24), smartlockId: lock.lockId, type: 13, enabled: p.enabled ?? true }, lock.zone));
}

/** One lock read from Nuki (two upstream calls) and its PINs as the engine shows them. */
async function lockWithPins(ctx: PinContext, lockId: number): Promise<{ lock: LockData; pins: Pin[] }> {
  const lock = await loadLock(ctx.nuki, lockId);
  return { lock, pins: await ctx.engine.view(ctx.nuki, ctx.accountId, lock, ctx.locale) };
}

/** Sends at once; a refusal goes back to the form with the field to fix, after the ledger noted it. */
async function sendNow(ctx: PinContext, record: PinRecord, write: "create" | "update" | "delete", lock: LockData) {
  const outcome = await ctx.engine.send(ctx.nuki, ctx.actor, record, write, lock);
  if (outcome.kind === "refused") throw explainWriteError(outcome.error);
}

/** A PIN to create: its name and whichever fields the host set; a code is chosen when none is given. */
export type NewPin = Partial<PinState> & { name: string };

export async function createPin(ctx: PinContext, lockId: number, input: NewPin): Promise<Pin> {
  const { lock, pins } = await lockWithPins(ctx, lockId);
  return createPinOn(ctx, lock, pins, input);
}

/**
 * `createPin` for a caller that has already read the lock and its PINs (`ctx.engine.view` of it),
 * as a stay does for all its doors at once: no further reads upstream, only the write.
 */
export async function createPinOn(ctx: PinContext, lock: LockData, pins: Pin[], input: NewPin): Promise<Pin> {
  const recorded = await recordNewPin(ctx, lock, pins, input);
  await sendNewPin(ctx, recorded, lock);
  return recorded.pin;
}

/** A new PIN recorded in the ledger as pending, not yet sent: the engine sends it if nobody else does. */
export interface RecordedPin {
  record: PinRecord;
  pin: Pin;
}

/** The first half of `createPinOn`: checks the PIN and records it, with nothing sent to Nuki yet. */
export async function recordNewPin(ctx: PinContext, lock: LockData, pins: Pin[], input: NewPin): Promise<RecordedPin> {
  const { lockId } = lock;
  if (!lock.keypadPaired) {
    throw new DomainError("keypad_not_paired", "noKeypadHelp");
  }
  const state: PinState = {
    name: input.name,
    code: input.code ?? await generatedCode(ctx, pins.map((p) => p.code)),
    enabled: input.enabled ?? true,
    validFrom: input.validFrom ?? null,
    validUntil: input.validUntil ?? null,
    weekdays: input.weekdays ?? ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
    dailyFrom: input.dailyFrom ?? null,
    dailyUntil: input.dailyUntil ?? null,
  };
  if (findCodeConflict(state.code, pins)) throw new DomainError("code_taken", "codeTaken", "code");
  const desired = expectedAfterWrite(state, lock, new Date());
  const record = await ctx.ledger.insert({ accountId: ctx.accountId, lockId, authId: null, desired, status: "pending" });
  await ctx.ledger.event({ pinId: record.id, accountId: ctx.accountId, lockId, type: "requested", actor: ctx.actor, action: "create", detail: storeDetail({ key: "create", name: desired.name }) });
  return { record, pin: { id: record.id, ...desired, lastUsedAt: null, status: "pending", managed: true } };
}

/** The second half: sends the recorded PIN now; a refusal takes it out of the ledger and is thrown. */
export async function sendNewPin(ctx: PinContext, { record }: RecordedPin, lock: LockData): Promise<void> {
  try {
    await sendNow(ctx, record, "create", lock);
  } catch (error) {
    await ctx.ledger.update(record.id, { status: "gone" });
    throw error;
  }
}

/** A managed PIN by Keyhost's id, or an unmanaged one by Nuki's id, which is adopted first. */
async function takeOver(ctx: PinContext, lockId: number, pinId: string, pins: Pin[], action: string): Promise<PinRecord> {
  const pin = pins.find((p) => p.id === pinId);
  if (!pin || !(isUuid(pinId) || isAuthId(pinId))) throw notFound();
  if (pin.managed) {
    const record = await ctx.ledger.get(ctx.accountId, lockId, pinId);
    if (!record) throw notFound();
    return record;
  }
  const record = await ctx.ledger.insert({ accountId: ctx.accountId, lockId, authId: pin.id, desired: pinFields(pin), status: "saved" });
  await ctx.ledger.event({ pinId: record.id, accountId: ctx.accountId, lockId, type: "adopted", actor: ctx.actor, action, detail: storeDetail({ key: "adopted", name: pin.name }) });
  return record;
}

/** Takes over a code made elsewhere, or keeps a code changed in the Nuki app as it now is on the lock. */
export async function adoptPin(ctx: PinContext, lockId: number, pinId: string): Promise<Pin> {
  const { pins } = await lockWithPins(ctx, lockId);
  const changed = pins.find((p) => p.id === pinId && p.managed && p.status === "drifted");
  if (changed) return keepAsOnLock(ctx, lockId, changed);
  const record = await takeOver(ctx, lockId, pinId, pins, "adopt");
  return { ...pins.find((p) => p.id === pinId)!, id: record.id, status: "saved", managed: true };
}

export async function updatePin(ctx: PinContext, lockId: number, pinId: string, patch: Partial<PinState>): Promise<Pin> {
  const { lock, pins } = await lockWithPins(ctx, lockId);
  return updatePinOn(ctx, lock, pins, pinId, patch);
}

/** `updatePin` on a lock and PINs the caller has already read (see `createPinOn`). */
export async function updatePinOn(ctx: PinContext, lock: LockData, pins: Pin[], pinId: string, patch: Partial<PinState>): Promise<Pin> {
  const { lockId } = lock;
  const current = pins.find((p) => p.id === pinId);
  if (!current) throw notFound();
  if (current.status === "deleting") throw new DomainError("deleting", "pinDeleting");
  const record = await takeOver(ctx, lockId, pinId, pins, "update");
  if (!record.authId && record.sentAt !== null && current.status === "pending") {
    // Nuki names a new PIN only once it lists it; until then a change could not be matched to it.
    throw new DomainError("still_saving", "pinStillSaving");
  }
  const merged = mergePinPatch(current, patch);
  if (patch.code !== undefined && findCodeConflict(merged.code, pins, pinId)) {
    throw new DomainError("code_taken", "codeTaken", "code");
  }
  const desired = expectedAfterWrite(merged, lock, new Date());
  await ctx.ledger.update(record.id, { desired, status: "pending", reason: null, drift: null, attempts: 0, sentAt: null, nextCheckAt: Date.now() });
  await ctx.ledger.event({ pinId: record.id, accountId: ctx.accountId, lockId, type: "requested", actor: ctx.actor, action: "update", detail: storeDetail({ key: "changes", changes: pinChanges(current, desired), year: yearOnLock(lock.zone) }) });
  const fresh = { ...record, desired, status: "pending" as const, attempts: 0, sentAt: null };
  if (fresh.authId) await sendNow(ctx, fresh, "update", lock);
  return { ...current, ...desired, id: record.id, status: "pending", statusReason: undefined, drift: undefined, managed: true };
}

export async function deletePin(ctx: PinContext, lockId: number, pinId: string): Promise<void> {
  const { lock, pins } = await lockWithPins(ctx, lockId);
  return deletePinOn(ctx, lock, pins, pinId);
}

/** `deletePin` on a lock and PINs the caller has already read (see `createPinOn`). */
export async function deletePinOn(ctx: PinContext, lock: LockData, pins: Pin[], pinId: string): Promise<void> {
  const { lockId } = lock;
  const pin = pins.find((p) => p.id === pinId);
  if (!pin) throw notFound();
  const record = await takeOver(ctx, lockId, pinId, pins, "delete");
  await ctx.ledger.event({ pinId: record.id, accountId: ctx.accountId, lockId, type: "requested", actor: ctx.actor, action: "delete", detail: storeDetail({ key: "delete", name: pin.name }) });
  if (!record.authId) {
    // Never seen on the lock: nothing to delete there; a late arrival would show as unmanaged.
    await ctx.ledger.update(record.id, { desired: null, status: "gone" });
    return;
  }
  await ctx.ledger.update(record.id, { desired: null, status: "deleting", reason: null, drift: null, attempts: 0, sentAt: null, nextCheckAt: Date.now() });
  await sendNow(ctx, { ...record, desired: null, status: "deleting", attempts: 0, sentAt: null }, "delete", lock);
}

/** Repair (drifted) or retry (failed): apply what the host set again, as a new round of attempts. */
export async function repairPin(ctx: PinContext, lockId: number, pinId: string): Promise<Pin> {
  const { lock, pins } = await lockWithPins(ctx, lockId);
  const pin = pins.find((p) => p.id === pinId);
  if (!pin || !pin.managed) throw notFound();
  if (pin.status !== "drifted" && pin.status !== "failed") throw new DomainError("nothing_to_repair", "nothingToRepair");
  const record = (await ctx.ledger.get(ctx.accountId, lockId, pinId))!;
  const missing = pin.drift?.some((d) => d.field === "missing") ?? false;
  const write = !record.desired ? "delete" : record.authId && !missing ? "update" : "create";
  await ctx.ledger.event({ pinId, accountId: ctx.accountId, lockId, type: "repaired", actor: ctx.actor, action: write, detail: storeDetail({ key: "repairing" }) });
  const fresh = { ...record, authId: write === "create" ? null : record.authId, status: record.desired ? ("pending" as const) : ("deleting" as const), attempts: 0, sentAt: null, reason: null };
  await ctx.ledger.update(pinId, { authId: fresh.authId, status: fresh.status, reason: null, drift: null, attempts: 0, sentAt: null, nextCheckAt: Date.now() });
  await sendNow(ctx, fresh, write, lock);
  return { ...pin, status: fresh.status === "deleting" ? "deleting" : "pending", statusReason: undefined, drift: undefined };
}

/** Events as the API answers them: a detail kept as values is worded in the reader's language. */
function worded(ctx: PinContext, events: PinEvent[]): PinEvent[] {
  const locale = ctx.locale ?? "en";
  const t = translateIn(locale, "pins");
  return events.map((event) => ({ ...event, detail: detailWords(event.detail, t, locale) }));
}

export async function pinHistory(ctx: PinContext, lockId: number, pinId: string): Promise<PinEvent[]> {
  if (!isUuid(pinId) || !(await ctx.ledger.get(ctx.accountId, lockId, pinId))) throw notFound();
  return worded(ctx, await ctx.ledger.history(ctx.accountId, pinId));
}

export const lockActivity = async (ctx: PinContext, lockId: number, limit: number) => worded(ctx, await ctx.ledger.activity(ctx.accountId, lockId, limit));
/** Both of the lock's own settings, as the settings route answers them. */
export async function lockSettings(ctx: PinContext, lockId: number): Promise<Required<LockSettings>> {
  const [base, cleanupAfterDays] = await Promise.all([ctx.ledger.settings(ctx.accountId, lockId), ctx.ledger.cleanupAfterDays(ctx.accountId, lockId)]);
  return { ...base, cleanupAfterDays };
}
export const saveLockSettings = (ctx: PinContext, lockId: number, patch: Partial<LockSettings>) => ctx.ledger.saveSettings(ctx.accountId, lockId, patch);
