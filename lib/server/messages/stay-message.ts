import "server-only";
import { DomainError } from "@/lib/errors/domain-error";
import type { Pin } from "@/lib/pins/types";
import { loadAccountLocks } from "@/lib/engine/lock-data";
import type { StayContext } from "@/lib/server/stays/service";
import { stayMessageData, stayReadiness, type StayMessageDoor } from "@/lib/messages/stay-door";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { translateIn } from "@/lib/i18n/translate";
import { renderGuestMessage } from "@/lib/messages/render";
import { templateFor } from "@/lib/messages/template";
import type { PreparedGuestMessage } from "@/lib/messages/types";
import type { BackupStore } from "@/lib/server/backup-codes/store";
import { offeredBackupLine } from "@/lib/server/backup-codes/service";
import type { StayLanguageStore } from "./stay-language";

export interface StayMessageOptions {
  /** The language the host chose for this message; without it the one remembered on the stay, else the property's. */
  language?: Locale;
  /** The host's own language: the not-ready reason's, and the message's once the property is deleted. */
  hostLocale?: Locale;
}

/**
 * A stay's guest message from its property's template in the message's language: one door per lock
 * with that door's window and zone, ready only once every door's PIN is saved. Two account-wide
 * upstream calls. The language: the one asked for, else the one remembered on the stay
 * (`ctx.languages`), else the property's message language.
 */
export async function messageForStay(
  ctx: StayContext & { backups?: BackupStore; languages?: StayLanguageStore },
  stayId: string,
  { language, hostLocale = DEFAULT_LOCALE }: StayMessageOptions = {},
): Promise<PreparedGuestMessage> {
  const stay = await ctx.stays.get(ctx.accountId, stayId);
  if (!stay) throw new DomainError("not_found", "noSuchStay");
  const [rows, locks, property, remembered] = await Promise.all([
    ctx.stays.doors(stayId),
    loadAccountLocks(ctx.nuki),
    ctx.properties.get(ctx.accountId, stay.propertyId),
    language || !ctx.languages ? null : ctx.languages.get(ctx.accountId, stayId),
  ]);
  const chosen = language ?? remembered ?? property?.messageLanguage ?? hostLocale;
  const views = new Map<number, Pin[]>();
  const doors: StayMessageDoor[] = [];
  // Doors that never got a PIN (no keypad, refused) are not in the message: the code does not open them.
  for (const row of rows) {
    if (!row.pinId) continue;
    const lock = locks.get(row.lockId);
    if (!lock) continue;
    if (!views.has(lock.lockId)) views.set(lock.lockId, await ctx.engine.view(ctx.nuki, ctx.accountId, lock, ctx.locale));
    const pin = views.get(lock.lockId)?.find((p) => p.id === row.pinId) ?? null;
    doors.push({ lockName: lock.name, timeZone: lock.zone, pin });
  }
  const rendered = renderGuestMessage(templateFor(property, chosen), stayMessageData(stay, doors, property?.name, chosen), chosen);
  // A backup code offered to this stay closes the message (in its language), so the guest has a way in if the code fails.
  const backup = ctx.backups && stay.status !== "cancelled" ? await offeredBackupLine({ accountId: ctx.accountId, backups: ctx.backups }, stay, chosen) : null;
  const { subject } = rendered;
  const text = backup ? `${rendered.text}\n\n${backup}` : rendered.text;
  const t = translateIn(hostLocale, "guestMessages");
  const readiness = stay.status === "cancelled"
    ? ({ ready: false, code: "pin_not_saved", reason: t("notReady.cancelled") } as const)
    : stayReadiness(doors, t);
  return readiness.ready
    ? { subject, text, language: chosen, ready: true }
    : { subject, text, language: chosen, ready: false, notReadyReason: readiness.reason, notReadyCode: readiness.code };
}
