import type { Pin } from "@/lib/pins/types";
import { isOptimisticId } from "@/lib/pins/view-optimistic";

/** A PIN has a message once the server knows it, and while it is not on its way out. */
export function canMessagePin(pin: Pick<Pin, "id" | "status">): boolean {
  return !isOptimisticId(pin.id) && pin.status !== "deleting";
}

export type Readiness = { ready: true } | { ready: false; code: "pin_not_saved" | "pin_disabled"; reason: string };

/**
 * Whether the code in a message opens the door as the message says. Only a saved, enabled PIN
 * does; for anything else the host is told why before the message goes out.
 */
export function pinReadiness(pin: Pick<Pin, "status" | "enabled" | "statusReason" | "drift">): Readiness {
  const notSaved = (reason: string): Readiness => ({ ready: false, code: "pin_not_saved", reason });
  switch (pin.status) {
    case "pending":
      return notSaved("This PIN is still being saved to the lock (pending): the code may not open the door yet.");
    case "deleting":
      return notSaved("This PIN is being deleted from the lock: the code will stop working.");
    case "failed":
      return notSaved(`This PIN could not be saved to the lock (failed): the code will not open the door.${pin.statusReason ? ` ${pin.statusReason}` : ""}`);
    case "drifted":
      return pin.drift?.some((d) => d.field === "missing")
        ? notSaved("This PIN is gone from the lock (drifted): the code will not open the door. Repair it first.")
        : notSaved("This PIN was changed on the lock (drifted): the code may not work as the message says. Repair it first.");
    case "unmanaged":
      return notSaved("Keyhost does not look after this code (it was made outside Keyhost): it can be changed or removed in the Nuki app without Keyhost noticing. Take it over first to be sure.");
    case "saved":
      return pin.enabled ? { ready: true } : { ready: false, code: "pin_disabled", reason: "This PIN is disabled: the code will not open the door until you enable it." };
  }
}
