import "server-only";
import { DomainError } from "@/lib/errors/domain-error";
import { loadLock } from "@/lib/engine/lock-data";
import type { PinContext } from "@/lib/server/pins/service";
import { pinMessageData } from "@/lib/messages/pin-door";
import { pinReadiness } from "@/lib/messages/readiness";
import { renderGuestMessage } from "@/lib/messages/template";
import type { PreparedGuestMessage } from "@/lib/messages/types";

/**
 * The guest message for one PIN, from `template` (the default when null). The lock's name and
 * zone come with its listing in the same two upstream calls a PIN list makes.
 */
export async function messageForPin(ctx: PinContext, lockId: number, pinId: string, template?: string | null, propertyName?: string): Promise<PreparedGuestMessage> {
  const lock = await loadLock(ctx.nuki, lockId);
  const pins = await ctx.engine.view(ctx.nuki, ctx.accountId, lock);
  const pin = pins.find((p) => p.id === pinId);
  if (!pin) throw new DomainError("not_found", "noSuchPin");
  const { subject, text } = renderGuestMessage(template ?? null, pinMessageData(pin, { name: lock.name, timeZone: lock.zone }, propertyName));
  const readiness = pinReadiness(pin);
  return readiness.ready ? { subject, text, ready: true } : { subject, text, ready: false, notReadyReason: readiness.reason, notReadyCode: readiness.code };
}
