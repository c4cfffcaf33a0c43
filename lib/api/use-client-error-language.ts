"use client";

import { useEffect } from "react";
import { useTranslate } from "@/lib/i18n/use-translate";
import { setClientErrorTranslator } from "./client-errors";

/**
 * Lets `fetchJson` word its own refusals (offline, no connection, an answer that is no JSON error)
 * in the page's language, so every place that shows an error's message shows them translated.
 * Set in an effect, never while rendering on the server, where requests in several languages meet.
 */
export function useClientErrorLanguage(): void {
  const t = useTranslate("common");
  useEffect(() => {
    setClientErrorTranslator((key, values) => t(`request.${key}`, values));
  }, [t]);
}
