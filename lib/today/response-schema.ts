import { z } from "zod";
import { attentionItemSchema, attentionSchema } from "@/lib/attention/response-schema";
import { stayChecksSchema } from "@/lib/checks/response-schema";

/** `Today` (./types.ts) as the JSON API answers it; lib/openapi checks the two stay the same shape. */
const doorReadinessSchema = z.strictObject({
  lockId: z.int(),
  lockName: z.string(),
  timeZone: z.string(),
  pinId: z.string().nullable(),
  status: z.enum(["pending", "saved", "deleting", "failed", "drifted", "unmanaged", "no_pin", "gone"]),
  statusReason: z.string().optional(),
  codeSaved: z.boolean(),
  online: z.boolean(),
  lastSeenAt: z.string().nullable(),
  batteryOk: z.boolean(),
  keypadBatteryOk: z.boolean(),
  keypadPaired: z.boolean(),
  entered: z.boolean().describe("The guest's code has opened this door since their window began"),
  problems: z.array(attentionItemSchema),
  ready: z.boolean(),
});

const todayStaySchema = z.strictObject({
  id: z.string(),
  guestName: z.string(),
  propertyName: z.string(),
  arrival: z.string(),
  departure: z.string(),
  doors: z.array(doorReadinessSchema),
  ready: z.boolean(),
  entered: z.boolean(),
  checks: stayChecksSchema.optional(),
});

export const todaySchema = z.strictObject({
  sections: z.array(
    z.strictObject({
      key: z.enum(["arriving_today", "leaving_today", "staying", "arriving_tomorrow", "leaving_tomorrow"]),
      title: z.string(),
      stays: z.array(todayStaySchema),
    }),
  ),
  attention: attentionSchema,
});
