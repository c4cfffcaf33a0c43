import "server-only";
import type { PinContext } from "@/lib/server/pins/service";
import { deriveAttention } from "@/lib/attention/derive";
import { accountSnapshot, type AccountSnapshot } from "./snapshot";
import type { Attention } from "@/lib/attention/types";

export function attentionOf(snapshot: AccountSnapshot, now = new Date()): Attention {
  return deriveAttention(snapshot.locks, snapshot.pins, now, snapshot.calendar);
}

export async function getAttention(ctx: PinContext): Promise<Attention> {
  return attentionOf(await accountSnapshot(ctx));
}
