import "server-only";
import { loadAccountLocks } from "@/lib/engine/lock-data";
import type { Pin } from "@/lib/pins/types";
import { stayWindow } from "@/lib/stays/window";
import { timesOf } from "@/lib/server/stays/service";
import { wallTimeToInstant } from "@/lib/time/wall-time";
import { listBackupCodesForReplacement, replaceBackup, type BackupContext } from "./service";

const instant = (wall: string, zone: string) => {
  const result = wallTimeToInstant(wall, zone);
  return result.kind === "nonexistent" ? Date.parse(`${wall}:00Z`) : result.instant.getTime();
};

/**
 * Looks after one account's backup codes: a code typed on a door's keypad (Nuki's last use of one of
 * its PINs) is due for replacement once the stay it was used in is over (at once when no stay was
 * on); a code that is due is replaced by a new one on every door and the old one deleted.
 * Returns how many codes were replaced.
 */
export async function keepBackupCodesFresh(ctx: BackupContext, now: number): Promise<number> {
  let replaced = 0;
  for (const { backup, property } of await listBackupCodesForReplacement(ctx)) {
    let replaceAfter = backup.replaceAfter ? Date.parse(backup.replaceAfter) : null;
    const usedAt = await lastUse(ctx, backup.doors);
    if (usedAt !== null && usedAt >= Date.parse(backup.createdAt) && (backup.usedAt === null || usedAt > Date.parse(backup.usedAt))) {
      const locks = await loadAccountLocks(ctx.nuki);
      const zone = locks.get(property.lockIds[0] ?? 0)?.zone ?? "UTC";
      const stays = (await ctx.stays.list(ctx.accountId, property.id)).filter((s) => s.status !== "cancelled");
      const during = stays
        .map((stay) => stayWindow(stay.arrival, stay.departure, timesOf(property, stay)))
        .map((w) => ({ from: instant(w.validFrom, zone), until: instant(w.validUntil, zone) }))
        .filter((w) => w.from <= usedAt && usedAt <= w.until);
      const end = Math.max(usedAt, ...during.map((w) => w.until));
      replaceAfter = Math.max(replaceAfter ?? 0, end);
      await ctx.backups.update(ctx.accountId, backup.id, { usedAt: new Date(usedAt).toISOString(), replaceAfter: new Date(replaceAfter).toISOString() });
    }
    if (replaceAfter !== null && replaceAfter <= now) {
      await replaceBackup(ctx, property, backup);
      replaced++;
    }
  }
  return replaced;
}

/** The latest use of the code on any of its doors, as Nuki lists it; null when never used. */
async function lastUse(ctx: BackupContext, doors: { lockId: number; pinId: string | null }[]): Promise<number | null> {
  const withPin = doors.filter((d) => d.pinId);
  if (!withPin.length) return null;
  const locks = await loadAccountLocks(ctx.nuki);
  let latest: number | null = null;
  for (const door of withPin) {
    const lock = locks.get(door.lockId);
    if (!lock) continue;
    const pins: Pin[] = await ctx.engine.view(ctx.nuki, ctx.accountId, lock, ctx.locale);
    const used = pins.find((p) => p.id === door.pinId)?.lastUsedAt;
    if (used) latest = Math.max(latest ?? 0, Date.parse(used));
  }
  return latest;
}
