import "server-only";
import { DomainError } from "@/lib/errors/domain-error";
import { loadAccountLocks, type LockData } from "@/lib/engine/lock-data";
import { backupLine, backupPinName } from "@/lib/backup-codes/name";
import { MAX_BACKUP_CODES, type BackupCode, type BackupOffer } from "@/lib/backup-codes/types";
import type { Pin } from "@/lib/pins/types";
import type { Property } from "@/lib/properties/types";
import { createPinOn, deletePinOn, generatedCode } from "@/lib/server/pins/service";
import { timesOf, type StayContext } from "@/lib/server/stays/service";
import type { Stay } from "@/lib/server/stays/store";
import { stayWindow } from "@/lib/stays/window";
import { wallTimeToInstant } from "@/lib/time/wall-time";
import type { BackupDoorRow, BackupStore, StoredBackup } from "./store";
import { storedMessage, type StoredValues } from "@/lib/i18n/stored-text";
import type { Locale } from "@/lib/i18n/config";
import { MESSAGES } from "@/lib/i18n/messages";

/** Everything the backup-code service works with: a stay context and the backup codes' store. */
export interface BackupContext extends StayContext {
  backups: BackupStore;
}

async function ownProperty(ctx: BackupContext, propertyId: string): Promise<Property> {
  const property = await ctx.properties.get(ctx.accountId, propertyId);
  if (!property) throw new DomainError("not_found", "noSuchProperty");
  return property;
}

/** Each of the property's locks Nuki lists, with its PINs as the engine shows them. */
async function doorsWithPins(ctx: BackupContext, lockIds: number[]) {
  const locks = await loadAccountLocks(ctx.nuki);
  const pinsOn = new Map<number, Pin[]>();
  for (const id of lockIds) {
    const lock = locks.get(id);
    if (lock?.keypadPaired) pinsOn.set(id, await ctx.engine.view(ctx.nuki, ctx.accountId, lock, ctx.locale));
  }
  return { locks, pinsOn };
}

function toView(backup: StoredBackup, property: Property, locks: Map<number, LockData>, pinsOn: Map<number, Pin[]>): BackupCode {
  const doors = backup.doors.map((row) => {
    const pin = row.pinId ? pinsOn.get(row.lockId)?.find((p) => p.id === row.pinId) : undefined;
    const status = pin && pin.status !== "unmanaged" ? pin.status : null;
    return { lockId: row.lockId, lockName: locks.get(row.lockId)?.name ?? null, status, problem: row.problem ?? (row.pinId && !pin ? storedMessage("backupCodes.problem.noLongerOnDoor") : null) };
  });
  const withPin = doors.filter((d) => backup.doors.find((r) => r.lockId === d.lockId)?.pinId);
  return {
    id: backup.id, slot: backup.slot, name: backupPinName(backup.slot, property.name), code: backup.code, doors,
    ready: withPin.length > 0 && withPin.every((d) => d.status === "saved"),
    givenStayId: backup.givenStayId, usedAt: backup.usedAt, replaceAfter: backup.replaceAfter,
    zone: locks.get(property.lockIds[0] ?? 0)?.zone ?? "UTC",
  };
}

/** The property's backup codes with each door's status. */
export async function listBackupCodes(ctx: BackupContext, propertyId: string): Promise<BackupCode[]> {
  const property = await ownProperty(ctx, propertyId);
  const backups = await ctx.backups.list(ctx.accountId, propertyId);
  if (!backups.length) return [];
  const { locks, pinsOn } = await doorsWithPins(ctx, property.lockIds);
  return backups.map((b) => toView(b, property, locks, pinsOn));
}

/** A new code in `slot` on every keypad door of the property, free on all of them; a PIN per door in the ledger. */
async function placeBackup(ctx: BackupContext, property: Property, slot: number): Promise<StoredBackup> {
  const { locks, pinsOn } = await doorsWithPins(ctx, property.lockIds);
  if (pinsOn.size === 0) throw new DomainError("keypad_not_paired", "noKeypadForBackup", undefined, undefined, { property: property.name });
  const code = await generatedCode(ctx, new Set([...pinsOn.values()].flatMap((pins) => pins.map((p) => p.code))));
  const name = backupPinName(slot, property.name);
  const doors: BackupDoorRow[] = [];
  let firstError: unknown;
  for (const lockId of property.lockIds) {
    const lock = locks.get(lockId);
    if (!lock || !lock.keypadPaired) {
      doors.push({ lockId, pinId: null, problem: storedMessage(lock ? "backupCodes.problem.noKeypad" : "backupCodes.problem.notListed") });
      continue;
    }
    try {
      // Valid on every day at all times: no window at all.
      const pin = await createPinOn(ctx, lock, pinsOn.get(lockId) ?? [], { name, code });
      doors.push({ lockId, pinId: pin.id, problem: null });
    } catch (error) {
      firstError ??= error;
      doors.push({ lockId, pinId: null, problem: doorProblem(error) });
    }
  }
  if (!doors.some((d) => d.pinId)) throw firstError;
  return ctx.backups.create(ctx.accountId, { propertyId: property.id, slot, code, doors });
}

/** Why a door got no PIN, as the code keeps it: a refusal's sentence by its key where it has one. */
function doorProblem(error: unknown): string {
  if (!(error instanceof DomainError)) return storedMessage("backupCodes.problem.unreachable");
  if (!Object.hasOwn(MESSAGES.en.errors, error.key)) return error.message;
  const values = error.values && Object.fromEntries(Object.entries(error.values).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]));
  return storedMessage(`errors.${error.key}`, values as StoredValues | undefined);
}

/** Adds one backup code (the first turns them on); at most three per property. */
export async function addBackupCode(ctx: BackupContext, propertyId: string): Promise<BackupCode[]> {
  const property = await ownProperty(ctx, propertyId);
  const used = new Set((await ctx.backups.list(ctx.accountId, propertyId)).map((b) => b.slot));
  const slot = [1, 2, 3].find((s) => !used.has(s));
  if (slot === undefined || used.size >= MAX_BACKUP_CODES) {
    throw new DomainError("backup_codes_full", "backupCodesFull", undefined, undefined, { property: property.name, max: MAX_BACKUP_CODES });
  }
  await placeBackup(ctx, property, slot);
  return listBackupCodes(ctx, propertyId);
}

/** Deletes a backup code from every door it is on and stops looking after it. */
async function retire(ctx: BackupContext, backup: StoredBackup): Promise<void> {
  const locks = await loadAccountLocks(ctx.nuki);
  for (const row of backup.doors) {
    const lock = row.pinId ? locks.get(row.lockId) : undefined;
    if (!lock || !row.pinId) continue;
    const record = await ctx.ledger.get(ctx.accountId, row.lockId, row.pinId);
    if (!record || record.status === "gone" || !record.desired) continue;
    try {
      await deletePinOn(ctx, lock, await ctx.engine.view(ctx.nuki, ctx.accountId, lock, ctx.locale), row.pinId);
    } catch (error) {
      if (!(error instanceof DomainError && error.code === "not_found")) throw error;
    }
  }
  await ctx.backups.update(ctx.accountId, backup.id, { status: "retired" });
}

/** Removes the property's newest backup code (the last one turns them off). */
export async function removeBackupCode(ctx: BackupContext, propertyId: string): Promise<BackupCode[]> {
  await ownProperty(ctx, propertyId);
  const last = (await ctx.backups.list(ctx.accountId, propertyId)).at(-1);
  if (!last) throw new DomainError("no_backup_code", "noBackupToRemove");
  await retire(ctx, last);
  return listBackupCodes(ctx, propertyId);
}

/** When the stay's code stops working: its window's end at its first door (UTC when that door is gone). */
function stayEnd(property: Property, stay: Stay, locks: Map<number, LockData>): number {
  const { validUntil } = stayWindow(stay.arrival, stay.departure, timesOf(property, stay));
  const zone = locks.get(property.lockIds[0] ?? 0)?.zone ?? "UTC";
  const result = wallTimeToInstant(validUntil, zone);
  return result.kind === "nonexistent" ? Date.parse(`${validUntil}:00Z`) : result.instant.getTime();
}

const later = (a: string | null, b: number) => new Date(Math.max(a ? Date.parse(a) : 0, b)).toISOString();

/**
 * Offers the property's backup code in this stay's guest message (one the doors hold already, if
 * any): it is then replaced with a new code once the stay is over.
 */
export async function offerBackupCode(ctx: BackupContext, stayId: string): Promise<BackupOffer> {
  const stay = await ctx.stays.get(ctx.accountId, stayId);
  if (!stay) throw new DomainError("not_found", "noSuchStay");
  if (stay.status === "cancelled") throw new DomainError("cancelled", "stayCancelled");
  const property = await ownProperty(ctx, stay.propertyId).catch(() => {
    throw new DomainError("property_deleted", "stayPropertyDeleted");
  });
  const views = await listBackupCodes(ctx, property.id);
  const chosen = views.find((b) => b.givenStayId === stay.id) ?? views.find((b) => b.ready) ?? views[0];
  if (!chosen) throw new DomainError("no_backup_code", "noBackupCode", undefined, undefined, { property: property.name });
  const stored = (await ctx.backups.list(ctx.accountId, property.id)).find((b) => b.id === chosen.id)!;
  const locks = await loadAccountLocks(ctx.nuki);
  await ctx.backups.update(ctx.accountId, chosen.id, { givenStayId: stay.id, replaceAfter: later(stored.replaceAfter, stayEnd(property, stay, locks)) });
  return { name: chosen.name, code: chosen.code, line: backupLine(chosen.code) };
}

/** The backup line of this stay's guest message (in its language), when the stay was offered one still in use. */
export async function offeredBackupLine(ctx: Pick<BackupContext, "accountId" | "backups">, stay: Pick<Stay, "id" | "propertyId">, locale: Locale = "en"): Promise<string | null> {
  const offered = (await ctx.backups.list(ctx.accountId, stay.propertyId)).find((b) => b.givenStayId === stay.id);
  return offered ? backupLine(offered.code, locale) : null;
}

/** Every backup code of the account in use, with its property (codes of deleted properties are left alone). */
export async function listBackupCodesForReplacement(ctx: BackupContext): Promise<{ backup: StoredBackup; property: Property }[]> {
  const properties = await ctx.properties.list(ctx.accountId);
  const out: { backup: StoredBackup; property: Property }[] = [];
  for (const property of properties) for (const backup of await ctx.backups.list(ctx.accountId, property.id)) out.push({ backup, property });
  return out;
}

/** A new code in the same slot on every door, then the old one deleted from every door. */
export async function replaceBackup(ctx: BackupContext, property: Property, backup: StoredBackup): Promise<void> {
  await placeBackup(ctx, property, backup.slot);
  await retire(ctx, backup);
}
