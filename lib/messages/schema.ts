import { z } from "zod";
import { LOCALES } from "@/lib/i18n/config";

/** A message's language: "en" or "de", independent of the host's own. */
export const messageLanguageSchema = z.enum(LOCALES, { error: "validation.messageLanguage" });

/** The body of `POST …/message`: shared by the form and the server. Without `language` the message's default language. */
export const sendMessageSchema = z.object({
  to: z
    .string({ error: "validation.email.required" })
    .trim()
    .min(1, "validation.email.required")
    .max(254, "validation.email.tooLong")
    .pipe(z.email("validation.email.invalid")),
  confirmNotReady: z.boolean().optional(),
  language: messageLanguageSchema.optional(),
});

export type SendMessageInput = z.infer<typeof sendMessageSchema>;

/** The query of `GET …/message`: `?language=de` shows the message in German; without it, its default language. */
export const messageQuerySchema = z.object({ language: messageLanguageSchema.optional() });

/** Reads `?language=` (an empty value counts as none); a language Keyhost does not write is refused on the field `language`. */
export function parseMessageQuery(params: URLSearchParams): z.infer<typeof messageQuerySchema> {
  const language = params.get("language");
  return messageQuerySchema.parse(language === null || language === "" ? {} : { language });
}

/** The body of `PATCH /api/stays/{stayId}/message`: the language the stay's guest gets their message in, remembered on the stay. */
export const stayLanguageSchema = z.strictObject({ language: messageLanguageSchema });
