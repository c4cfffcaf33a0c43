import "server-only";
import { DomainError } from "@/lib/errors/domain-error";
import { loadLock } from "@/lib/engine/lock-data";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { translateIn } from "@/lib/i18n/translate";
import type { PinContext } from "@/lib/server/pins/service";
import { pinMessageData } from "@/lib/messages/pin-door";
import { pinReadiness } from "@/lib/messages/readiness";
import { renderGuestMessage } from "@/lib/messages/render";
import { templateFor } from "@/lib/messages/template";
import type { PreparedGuestMessage } from "@/lib/messages/types";
import type { Property } from "@/lib/properties/types";

export interface PinMessageOptions {
  /** The property whose door the PIN is on: its name, templates and message language. */
  property?: Pick<Property, "name" | "messageTemplate" | "messageLanguage"> & Partial<Pick<Property, "messageTemplateDe">>;
  /** The language the host chose for this message; without it the property's, else the host's. */
  language?: Locale;
  /** The host's own language: the not-ready reason's, and the message's for a PIN on no property. */
  hostLocale?: Locale;
}

/**
 * The guest message for one PIN, from the property's template in the message's language (Keyhost's
 * default in it when none). The lock's name and zone come with its listing in the same two
 * upstream calls a PIN list makes.
 */
export async function messageForPin(ctx: PinContext, lockId: number, pinId: string, { property, language, hostLocale = DEFAULT_LOCALE }: PinMessageOptions = {}): Promise<PreparedGuestMessage> {
  const lock = await loadLock(ctx.nuki, lockId);
  const pins = await ctx.engine.view(ctx.nuki, ctx.accountId, lock, ctx.locale);
  const pin = pins.find((p) => p.id === pinId);
  if (!pin) throw new DomainError("not_found", "noSuchPin");
  const chosen = language ?? property?.messageLanguage ?? hostLocale;
  const data = pinMessageData(pin, { name: lock.name, timeZone: lock.zone }, property?.name, chosen);
  const { subject, text } = renderGuestMessage(templateFor(property, chosen), data, chosen);
  const readiness = pinReadiness(pin, translateIn(hostLocale, "guestMessages"));
  return readiness.ready
    ? { subject, text, language: chosen, ready: true }
    : { subject, text, language: chosen, ready: false, notReadyReason: readiness.reason, notReadyCode: readiness.code };
}
