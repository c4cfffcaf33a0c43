import "server-only";
import type { ConfirmTimes } from "@/lib/pins/confirm-times";
import type { PinContext } from "./service";

/** How long writes to this lock take (median, 90th percentile) and when one counts as slow. */
export function lockConfirmTimes(ctx: PinContext, lockId: number): Promise<ConfirmTimes> {
  return ctx.engine.confirmTimes(ctx.accountId, lockId);
}
