import "server-only";
import type { Locale } from "@/lib/i18n/config";
import type { PinContext } from "@/lib/server/pins/service";
import { deriveAttention } from "@/lib/attention/derive";
import { accountSnapshot, type AccountSnapshot } from "./snapshot";
import type { Attention } from "@/lib/attention/types";

/** The account's problems in `locale`, the language of whoever reads them. */
export function attentionOf(snapshot: AccountSnapshot, now: Date, locale: Locale): Attention {
  return deriveAttention(snapshot.locks, snapshot.pins, now, locale, snapshot.calendar);
}

export async function getAttention(ctx: PinContext, locale: Locale): Promise<Attention> {
  return attentionOf(await accountSnapshot(ctx), new Date(), locale);
}
