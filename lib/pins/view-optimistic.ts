import type { PinState } from "./schema";
import type { Pin } from "./types";
import { optimisticId } from "./optimistic-id";

export { isOptimisticId, optimisticId } from "./optimistic-id";

export function optimisticCreate(input: PinState): Pin {
  return { id: optimisticId(input.code), ...input, lastUsedAt: null, status: "pending", managed: true };
}

/** Changes one PIN in the list; a change of status drops the old reason and drift with it. */
export function markPin(pins: readonly Pin[], pinId: string, patch: Partial<Pin>): Pin[] {
  const reset = patch.status ? { statusReason: undefined, drift: undefined } : {};
  return pins.map((pin) => (pin.id === pinId ? { ...pin, ...reset, ...patch } : pin));
}

/**
 * Puts the server's answer in place of the entry it was shown as. Creating and adopting give the
 * PIN a new id, and a refetch may already have brought it in under that id, so the list must
 * never hold it twice.
 */
export function replacePin(pins: readonly Pin[], shownAs: string, pin: Pin): Pin[] {
  const index = pins.findIndex((p) => p.id === shownAs);
  const rest = pins.filter((p) => p.id !== pin.id || p.id === shownAs);
  // A single PIN's answer does not say it is a backup code; only the lock's list does: keep the mark.
  const marked = (listed: Pin) => (listed.backup && !pin.backup ? { ...pin, backup: listed.backup } : pin);
  if (index === -1) {
    return pins.some((p) => p.id === pin.id) ? pins.map((p) => (p.id === pin.id ? marked(p) : p)) : [...pins, pin];
  }
  return rest.map((p) => (p.id === shownAs ? marked(p) : p));
}

/** Whether an answer is a PIN worth putting in the list (a DELETE answers with no body). */
export function isPin(value: unknown): value is Pin {
  return Boolean(value && typeof value === "object" && "id" in value && "status" in value);
}
