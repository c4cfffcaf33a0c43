import { z } from "zod";

/** `GuestMessageView` (./types.ts) as `GET …/message` answers it; lib/openapi checks the two stay the same shape. */
export const guestMessageViewSchema = z.strictObject({
  subject: z.string(),
  text: z.string(),
  ready: z.boolean(),
  notReadyReason: z.string().optional(),
  email: z.boolean().describe("E-mail is set up on this Keyhost"),
});
