import { z } from "zod";
import { LOCALES } from "@/lib/i18n/config";

/** `GuestMessageView` (./types.ts) as `GET …/message` answers it; lib/openapi checks the two stay the same shape. */
export const guestMessageViewSchema = z.strictObject({
  subject: z.string(),
  text: z.string(),
  language: z.enum(LOCALES).describe("The language the message is written in: the guest's, independent of the host's"),
  ready: z.boolean(),
  notReadyReason: z.string().optional(),
  email: z.boolean().describe("E-mail is set up on this Keyhost"),
});
