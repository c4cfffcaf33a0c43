import type { Pin, PinStatus } from "./types";
import { isOptimisticId } from "./optimistic-id";

export type StatusTone = "neutral" | "good" | "warn" | "bad" | "info";

/** The badge's words are the "pins" catalog's `status.<status>`. */
export interface StatusView {
  tone: StatusTone;
  /** Work is under way, so the badge shows a spinner and the list keeps looking. */
  busy: boolean;
}

const VIEWS: Record<PinStatus, StatusView> = {
  pending: { tone: "info", busy: true },
  saved: { tone: "good", busy: false },
  deleting: { tone: "info", busy: true },
  failed: { tone: "bad", busy: false },
  drifted: { tone: "warn", busy: false },
  unmanaged: { tone: "neutral", busy: false },
};

export function statusView(status: PinStatus): StatusView {
  return VIEWS[status];
}

/** Only writes on their way change by themselves; drifted and failed PINs wait for the host. */
export function needsFollowUp(pins: readonly Pick<Pin, "status">[] | undefined): boolean {
  return Boolean(pins?.some((pin) => statusView(pin.status).busy));
}

const KEYHOST_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface RowActions {
  /** Re-apply what the host set: "Repair" for drift, "Retry" for a write that did not land. */
  repair: "repair" | "retry" | null;
  adopt: boolean;
  edit: boolean;
  /** Enable/disable is an edit, but only offered where it cannot adopt a PIN by surprise. */
  toggle: boolean;
  delete: boolean;
  history: boolean;
}

/** Which row actions a PIN offers, by its status and whether Keyhost manages it. */
export function rowActions(pin: Pick<Pin, "id" | "status" | "managed">): RowActions {
  // A create still on its way to Keyhost has no id the server knows, so nothing can be asked of it yet.
  if (isOptimisticId(pin.id)) return { repair: null, adopt: false, edit: false, toggle: false, delete: false, history: false };
  const deleting = pin.status === "deleting";
  // A just-adopted PIN has no Keyhost id until the server answers, and so no history to ask for.
  const hasKeyhostId = pin.managed && KEYHOST_ID.test(pin.id);
  return {
    repair: pin.status === "drifted" ? "repair" : pin.status === "failed" ? "retry" : null,
    adopt: !pin.managed && !deleting,
    edit: !deleting,
    toggle: pin.managed && !deleting,
    delete: !deleting,
    history: hasKeyhostId,
  };
}

/** How many PINs on the lock Keyhost does not look after. */
export function countUnmanaged(pins: readonly Pick<Pin, "managed" | "status">[]): number {
  return pins.filter((pin) => !pin.managed && pin.status !== "deleting").length;
}
