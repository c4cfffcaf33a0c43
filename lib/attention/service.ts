import type { PinContext } from "@/lib/pins/service";
import { deriveAttention } from "./derive";
import { accountSnapshot, type AccountSnapshot } from "./snapshot";
import type { Attention } from "./types";

export function attentionOf(snapshot: AccountSnapshot, now = new Date()): Attention {
  return deriveAttention(snapshot.locks, snapshot.pins, now);
}

export async function getAttention(ctx: PinContext): Promise<Attention> {
  return attentionOf(await accountSnapshot(ctx));
}
