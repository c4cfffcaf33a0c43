import "server-only";
import type { Pin } from "@/lib/pins/types";
import { listPins, type PinContext } from "@/lib/server/pins/service";
import type { BackupStore } from "./store";

/**
 * A lock's PINs with each backup code marked by its property, so the lock page shows them apart
 * from guests' codes. Marked here, not in lib/server/pins: backup codes build on PINs, not the reverse.
 */
export async function listLockPins(ctx: PinContext & { backups: Pick<BackupStore, "pinsOnLock"> }, lockId: number): Promise<Pin[]> {
  const [pins, backups] = await Promise.all([listPins(ctx, lockId), ctx.backups.pinsOnLock(ctx.accountId, lockId)]);
  return pins.map((pin) => {
    const backup = pin.managed ? backups.get(pin.id) : undefined;
    return backup ? { ...pin, backup } : pin;
  });
}
