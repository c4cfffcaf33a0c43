import { z } from "zod";

/** `BackupCode` and `BackupOffer` (./types.ts) as the API answers them. */
export const backupCodeSchema = z.strictObject({
  id: z.string(),
  slot: z.int().min(1).max(3),
  name: z.string().describe("Its name on the locks: “Backup 1 · <property>”"),
  code: z.string(),
  doors: z.array(
    z.strictObject({
      lockId: z.number(),
      lockName: z.string().nullable().describe("null: Nuki no longer lists the lock"),
      status: z.enum(["pending", "saved", "deleting", "failed", "drifted"]).nullable().describe("The code's PIN on this door; null when it has none"),
      problem: z.string().nullable().describe("Why the door has no PIN: a stored message key and values as JSON, or a sentence"),
    }),
  ),
  ready: z.boolean().describe("Saved on every door with a keypad"),
  givenStayId: z.string().nullable().describe("The stay whose guest message offered it"),
  usedAt: z.string().nullable().describe("When it was last typed on a keypad"),
  replaceAfter: z.string().nullable().describe("When Keyhost replaces it with a new code (the end of the stay that was given or used it)"),
  zone: z.string().describe("The time zone of the property's first door"),
});

export const backupOfferSchema = z.strictObject({
  name: z.string(),
  code: z.string(),
  line: z.string().describe("The sentence the guest message now ends with"),
});
