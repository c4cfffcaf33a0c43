import "server-only";
import { DomainError } from "@/lib/errors/domain-error";
import { storeDetail } from "@/lib/pins/event-detail";
import { PIN_FIELDS } from "@/lib/pins/types";
import type { PinState } from "@/lib/pins/schema";
import type { PinContext } from "./service";
import type { Pin } from "@/lib/pins/types";

/**
 * "Keep as it is on the lock" for a code changed in the Nuki app: what the lock has becomes what
 * the host wants, so Keyhost stops calling it changed and never puts the old values back.
 */
export async function keepAsOnLock(ctx: PinContext, lockId: number, pin: Pin): Promise<Pin> {
  const drift = pin.drift ?? [];
  if (drift.some((d) => d.field === "missing")) {
    throw new DomainError("missing_on_lock", "missingOnLock");
  }
  const record = await ctx.ledger.get(ctx.accountId, lockId, pin.id);
  if (!record?.desired) throw new DomainError("not_found", "noSuchPin");
  const desired = { ...record.desired } as Record<string, unknown>;
  for (const d of drift) if ((PIN_FIELDS as readonly string[]).includes(d.field)) desired[d.field] = d.actual;
  await ctx.ledger.update(record.id, { desired: desired as unknown as PinState, status: "saved", reason: null, drift: null, nextCheckAt: Date.now() });
  await ctx.ledger.event({
    pinId: record.id, accountId: ctx.accountId, lockId, type: "adopted", actor: ctx.actor, action: "keep",
    detail: storeDetail({ key: "kept", drift }),
  });
  return { ...pin, ...(desired as unknown as PinState), status: "saved", statusReason: undefined, drift: undefined };
}
