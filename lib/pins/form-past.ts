import { isExpired } from "./filter";
import type { PinInput } from "./form";

/** The window ends before now on the lock's clock: the code would never open the door, so the host confirms first. */
export function endsInThePast(input: Pick<PinInput, "validUntil"> & Partial<PinInput>, zone: string, now: Date): boolean {
  return isExpired({ enabled: true, validFrom: input.validFrom ?? null, validUntil: input.validUntil ?? null, weekdays: [], status: "pending" }, now, zone);
}
