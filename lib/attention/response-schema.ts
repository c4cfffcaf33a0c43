import { z } from "zod";

/** `Attention` (./types.ts) as the JSON API answers it; lib/openapi checks the two stay the same shape. */
export const attentionItemSchema = z.strictObject({
  id: z.string().describe("Stable across loads"),
  kind: z.enum(["failed", "changed", "offline", "slow", "battery", "keypad_battery", "capacity", "expired"]),
  severity: z.enum(["critical", "warning"]),
  lockId: z.int(),
  lockName: z.string(),
  pinId: z.string().optional(),
  pinName: z.string().optional(),
  title: z.string(),
  detail: z.string().describe("What exactly is wrong or what changed, one sentence"),
  fixes: z.array(z.strictObject({ kind: z.enum(["retry", "repair", "keep", "cleanup", "open"]), label: z.string() })),
});

export const attentionSchema = z.strictObject({
  items: z.array(attentionItemSchema),
  byLock: z.record(z.string(), z.int()).describe("Problems per lock id"),
});
