import { z } from "zod";

/** The body of `POST …/message`: shared by the form and the server. */
export const sendMessageSchema = z.object({
  to: z
    .string({ error: "validation.email.required" })
    .trim()
    .min(1, "validation.email.required")
    .max(254, "validation.email.tooLong")
    .pipe(z.email("validation.email.invalid")),
  confirmNotReady: z.boolean().optional(),
});

export type SendMessageInput = z.infer<typeof sendMessageSchema>;
