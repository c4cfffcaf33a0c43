import { z } from "zod";

/** Longest automatic clean-up delay a host can set: a year after the stay. */
export const MAX_CLEANUP_DAYS = 365;

/** The body of `PATCH /api/locks/{lockId}/settings`: either field, or both. */
export const lockSettingsPatchSchema = z
  .strictObject({
    autoRepair: z.boolean({ error: "validation.autoRepairBoolean" }).optional(),
    cleanupAfterDays: z
      .number({ error: "validation.cleanupAfterDays" })
      .int({ error: "validation.cleanupAfterDays" })
      .min(0, { error: "validation.cleanupAfterDays" })
      .max(MAX_CLEANUP_DAYS, { error: "validation.cleanupAfterDays" })
      .nullable()
      .optional(),
  })
  .refine((v) => v.autoRepair !== undefined || v.cleanupAfterDays !== undefined, { error: "validation.settingsEmpty", path: ["autoRepair"] });
