import { z } from "zod";

/** `ConfirmTimes` (lib/pins/confirm-times.ts) as the API answers it. */
export const confirmTimesSchema = z.strictObject({
  writes: z.int().describe("Confirmed writes measured on this lock (its last 50 at most)"),
  medianMs: z.int().nullable().describe("Half of those writes were on the lock within this many milliseconds of Nuki accepting them; null before the first"),
  p90Ms: z.int().nullable().describe("Nine in ten were on the lock within this; null before the first"),
  slowAfterMs: z.int().describe("A write still unseen after this long is shown as taking longer than usual"),
  fromHistory: z.boolean().describe("Whether slowAfterMs comes from this lock's writes (five or more measured) or is the default"),
});
