import type { Pin, PinStatus } from "./types";

type Shown = Pick<Pin, "id" | "name" | "status" | "statusReason">;

/** What a screen reader hears when a PIN reaches a status by itself, or is gone from the lock. */
function sentence(pin: Shown): string | null {
  switch (pin.status) {
    case "pending":
      return `${pin.name}: saving to the lock…`;
    case "saved":
      return `${pin.name}: saved on the lock.`;
    case "deleting":
      return `${pin.name}: deleting…`;
    case "failed":
      return `${pin.name}: not saved.${pin.statusReason ? ` ${pin.statusReason}` : ""}`;
    case "drifted":
      return `${pin.name}: changed in the Nuki app.`;
    default:
      return null;
  }
}

/**
 * The status changes between two listings of a lock's PINs, in list order: a PIN whose status
 * changed, a new one on its way, one whose deletion finished. The first listing says nothing (the
 * page just opened), and a create whose optimistic row is replaced by the server's keeps quiet when
 * its name and status did not change.
 */
export function pinStatusAnnouncements(before: readonly Shown[] | undefined, after: readonly Shown[]): string[] {
  if (!before) return [];
  const previous = new Map(before.map((pin) => [pin.id, pin.status]));
  const previousByName = new Set(before.map((pin) => `${pin.name}\u0000${pin.status}`));
  const now = new Set(after.map((pin) => pin.id));
  const said: string[] = [];
  for (const pin of after) {
    const was: PinStatus | undefined = previous.get(pin.id);
    if (was === pin.status) continue;
    if (was === undefined && previousByName.has(`${pin.name}\u0000${pin.status}`)) continue;
    const text = sentence(pin);
    if (text) said.push(text);
  }
  for (const pin of before) {
    if (pin.status === "deleting" && !now.has(pin.id)) said.push(`${pin.name}: deleted from the lock.`);
  }
  return said;
}
