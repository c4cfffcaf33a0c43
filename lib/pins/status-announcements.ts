import type { Translate } from "@/lib/i18n/types";
import type { Pin, PinStatus } from "./types";

type Shown = Pick<Pin, "id" | "name" | "status" | "statusReason">;

/** What a screen reader hears when a PIN reaches a status by itself, or is gone from the lock. */
function sentence(pin: Shown, t: Translate): string | null {
  const name = pin.name;
  switch (pin.status) {
    case "pending":
      return t("announce.pending", { name });
    case "saved":
      return t("announce.saved", { name });
    case "deleting":
      return t("announce.deleting", { name });
    case "failed":
      return `${t("announce.failed", { name })}${pin.statusReason ? ` ${pin.statusReason}` : ""}`;
    case "drifted":
      return t("announce.drifted", { name });
    default:
      return null;
  }
}

/**
 * The status changes between two listings of a lock's PINs, in list order: a PIN whose status
 * changed, a new one on its way, one whose deletion finished. The first listing says nothing (the
 * page just opened), and a create whose optimistic row is replaced by the server's keeps quiet when
 * its name and status did not change. `t` is the "pins" namespace's translator.
 */
export function pinStatusAnnouncements(before: readonly Shown[] | undefined, after: readonly Shown[], t: Translate): string[] {
  if (!before) return [];
  const previous = new Map(before.map((pin) => [pin.id, pin.status]));
  const previousByName = new Set(before.map((pin) => `${pin.name}\u0000${pin.status}`));
  const now = new Set(after.map((pin) => pin.id));
  const said: string[] = [];
  for (const pin of after) {
    const was: PinStatus | undefined = previous.get(pin.id);
    if (was === pin.status) continue;
    if (was === undefined && previousByName.has(`${pin.name}\u0000${pin.status}`)) continue;
    const text = sentence(pin, t);
    if (text) said.push(text);
  }
  for (const pin of before) {
    if (pin.status === "deleting" && !now.has(pin.id)) said.push(t("announce.deleted", { name: pin.name }));
  }
  return said;
}
