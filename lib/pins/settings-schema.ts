import { z } from "zod";

/** Longest automatic clean-up delay a host can set: a year after the stay. */
export const MAX_CLEANUP_DAYS = 365;

/** The body of `PATCH /api/locks/{lockId}/settings`: either field, or both. */
export const lockSettingsPatchSchema = z
  .strictObject({
    autoRepair: z.boolean({ error: "autoRepair must be true or false" }).optional(),
    cleanupAfterDays: z
      .number({ error: `cleanupAfterDays must be a whole number of days from 0 to ${MAX_CLEANUP_DAYS}, or null for off` })
      .int({ error: `cleanupAfterDays must be a whole number of days from 0 to ${MAX_CLEANUP_DAYS}, or null for off` })
      .min(0, { error: `cleanupAfterDays must be a whole number of days from 0 to ${MAX_CLEANUP_DAYS}, or null for off` })
      .max(MAX_CLEANUP_DAYS, { error: `cleanupAfterDays must be a whole number of days from 0 to ${MAX_CLEANUP_DAYS}, or null for off` })
      .nullable()
      .optional(),
  })
  .refine((v) => v.autoRepair !== undefined || v.cleanupAfterDays !== undefined, { error: "Send autoRepair or cleanupAfterDays", path: ["autoRepair"] });
