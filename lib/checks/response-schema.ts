import { z } from "zod";

/** `StayChecks` (./types.ts) as the JSON API answers it; lib/openapi checks the two stay the same shape. */
const checkProblemSchema = z.strictObject({
  kind: z.enum(["code_missing", "code_failed", "code_changed", "code_waiting", "offline", "battery", "keypad_battery", "no_keypad"]),
  lockId: z.int(),
  lockName: z.string(),
  title: z.string(),
  fix: z.string().describe("The one step that fixes it"),
  fixPath: z.string().describe("Where that step is taken, an app path"),
});

export const stayChecksSchema = z
  .strictObject({
    checks: z.array(
      z.strictObject({
        dueAt: z.string(),
        hoursBefore: z.int(),
        checkedAt: z.string().nullable(),
        problems: z.array(checkProblemSchema),
      }),
    ),
    open: z.array(checkProblemSchema).describe("Problems found by a check that have not cleared since"),
  })
  .describe("The stay's pre-arrival checks, latest first: what each found at its time");
