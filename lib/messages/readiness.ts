import type { Translate } from "@/lib/i18n/types";
import type { Pin } from "@/lib/pins/types";
import { isOptimisticId } from "@/lib/pins/view-optimistic";

/** A PIN has a message once the server knows it, and while it is not on its way out. */
export function canMessagePin(pin: Pick<Pin, "id" | "status">): boolean {
  return !isOptimisticId(pin.id) && pin.status !== "deleting";
}

export type Readiness = { ready: true } | { ready: false; code: "pin_not_saved" | "pin_disabled"; reason: string };

/**
 * Whether the code in a message opens the door as the message says. Only a saved, enabled PIN
 * does; for anything else the host is told why (in the host's language: `t` speaks "guestMessages")
 * before the message goes out.
 */
export function pinReadiness(pin: Pick<Pin, "status" | "enabled" | "statusReason" | "drift">, t: Translate): Readiness {
  const notSaved = (reason: string): Readiness => ({ ready: false, code: "pin_not_saved", reason });
  switch (pin.status) {
    case "pending":
      return notSaved(t("notReady.pending"));
    case "deleting":
      return notSaved(t("notReady.deleting"));
    case "failed":
      return notSaved(`${t("notReady.failed")}${pin.statusReason ? ` ${pin.statusReason}` : ""}`);
    case "drifted":
      return pin.drift?.some((d) => d.field === "missing") ? notSaved(t("notReady.gone")) : notSaved(t("notReady.drifted"));
    case "unmanaged":
      return notSaved(t("notReady.unmanaged"));
    case "saved":
      return pin.enabled ? { ready: true } : { ready: false, code: "pin_disabled", reason: t("notReady.disabled") };
  }
}
