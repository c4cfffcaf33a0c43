import { z } from "zod";

/** The body of `POST …/message`: shared by the form and the server. */
export const sendMessageSchema = z.object({
  to: z
    .string({ error: "Enter the guest's e-mail address." })
    .trim()
    .min(1, "Enter the guest's e-mail address.")
    .max(254, "This e-mail address is too long.")
    .pipe(z.email("Enter a valid e-mail address, like name@example.com.")),
  confirmNotReady: z.boolean().optional(),
});

export type SendMessageInput = z.infer<typeof sendMessageSchema>;
