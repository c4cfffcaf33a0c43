import { z } from "zod";
import { CODE_CHOICES } from "@/lib/properties/types";
import { FEED_LABELS } from "./types";

/** `Feed` and `FeedList` (./types.ts) as the JSON API answers them; lib/openapi checks they stay the same shape. */
export const feedSchema = z.strictObject({
  id: z.string(),
  propertyId: z.string(),
  label: z.enum(FEED_LABELS),
  url: z.string(),
  everyEventIsBooking: z.boolean(),
  lastSuccessAt: z.string().nullable().describe("Last successful read; null: never yet"),
  lastAttemptAt: z.string().nullable(),
  lastError: z.string().nullable().describe("The last read's failure in plain words; null when it worked"),
  bookingsSeen: z.int(),
  waitingForConfirmation: z.boolean().describe("The feed suddenly lists no bookings: nothing is cancelled until the host confirms"),
  nextSyncAt: z.string(),
});

export const feedListSchema = z.strictObject({
  feeds: z.array(feedSchema),
  leadDays: z.int(),
  codeChoice: z.enum(CODE_CHOICES),
  capacityWarnings: z.array(z.string()),
});
