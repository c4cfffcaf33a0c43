import { PIN_FIELDS } from "./types";
import type { PinState } from "./schema";

/** Just the fields a host sets, out of a PIN that carries more (status, id, …): what the ledger keeps as wanted. */
export function pinFields(pin: PinState): PinState {
  return Object.fromEntries(PIN_FIELDS.map((key) => [key, pin[key]])) as unknown as PinState;
}
