import { isExpired } from "./filter";
import type { PinState } from "./schema";

/** The window ends before now on the lock's clock: the code would never open the door, so the host confirms first. */
export function endsInThePast(input: Pick<PinState, "validUntil"> & Partial<PinState>, zone: string, now: Date): boolean {
  return isExpired({ enabled: true, validFrom: input.validFrom ?? null, validUntil: input.validUntil ?? null, weekdays: [], status: "pending" }, now, zone);
}
