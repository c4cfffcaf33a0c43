import type { Pin, PinBackup } from "@/lib/pins/types";

/** The lock's backup codes by property, in slot order. */
export function backupGroups(pins: readonly Pin[]): { property: PinBackup; pins: Pin[] }[] {
  const groups = new Map<string, { property: PinBackup; pins: Pin[] }>();
  for (const pin of pins) {
    if (!pin.backup) continue;
    const group = groups.get(pin.backup.propertyId) ?? { property: pin.backup, pins: [] };
    group.pins.push(pin);
    groups.set(pin.backup.propertyId, group);
  }
  return [...groups.values()].map((g) => ({ ...g, pins: g.pins.sort((a, b) => a.backup!.slot - b.backup!.slot) }));
}
