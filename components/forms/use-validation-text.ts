"use client";

import { useTranslations } from "next-intl";
import { useCallback } from "react";

const PREFIX = "validation.";

/**
 * A form error as the host reads it. The schemas and the forms' checks in the browser name their
 * errors by key (`validation.codeDigits`, messages/<language>/validation.json), shown here in the
 * page's language; any other text, such as the server's answer (already in the host's language),
 * is shown as it is.
 */
export function useValidationText(): (message: string) => string {
  const t = useTranslations("validation");
  return useCallback(
    (message: string) => {
      if (!message.startsWith(PREFIX)) return message;
      const key = message.slice(PREFIX.length);
      return t.has(key as never) ? t(key as never) : message;
    },
    [t],
  );
}
