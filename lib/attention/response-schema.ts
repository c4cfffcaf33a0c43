import { z } from "zod";

/** `Attention` (./types.ts) as the JSON API answers it; lib/openapi checks the two stay the same shape. */
const common = {
  id: z.string().describe("Stable across loads"),
  severity: z.enum(["critical", "warning"]),
  title: z.string(),
  detail: z.string().describe("What exactly is wrong or what changed, one sentence"),
  fixes: z.array(z.strictObject({ kind: z.enum(["retry", "repair", "keep", "cleanup", "sync", "open"]), label: z.string() })),
};

const lockItemSchema = z
  .strictObject({
    ...common,
    kind: z.enum(["failed", "changed", "offline", "slow", "battery", "keypad_battery", "capacity", "expired"]),
    lockId: z.int(),
    lockName: z.string(),
    pinId: z.string().optional(),
    pinName: z.string().optional(),
  })
  .describe("A door's problem, or one of its codes'");

const calendarItemSchema = z
  .strictObject({
    ...common,
    kind: z.enum(["feed_failing", "feed_emptied", "stay_flagged"]),
    propertyId: z.string(),
    propertyName: z.string(),
    feedId: z.string().optional(),
    feedName: z.string().optional(),
    stayId: z.string().optional(),
    stayName: z.string().optional(),
  })
  .describe("A property's calendar feed that failed or waits for confirmation, or a stay a sync flagged; names no door");

export const attentionItemSchema = z.union([lockItemSchema, calendarItemSchema]);

export const attentionSchema = z.strictObject({
  items: z.array(attentionItemSchema),
  byLock: z.record(z.string(), z.int()).describe("Problems per lock id (calendar and stay items name no lock)"),
});
