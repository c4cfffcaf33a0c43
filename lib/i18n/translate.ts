import { createTranslator } from "next-intl";
import type { Locale } from "./config";
import { MESSAGES, type Messages } from "./messages";

/** During the move to keys a plain sentence is still accepted; it reads the same in every language. */
export type ErrorKey = keyof Messages["errors"] | `validation.${string}` | (string & {});
import type { MessageValues, Translate } from "./types";

export type { MessageValues };

const isErrorKey = (value: string): value is keyof Messages["errors"] => Object.hasOwn(MESSAGES.en.errors, value);

/**
 * An error's sentence in one language, outside React (API answers, logs). The key names a sentence
 * in `errors`, or in `validation` with that prefix (the messages of the schemas forms share with
 * the API). A text that is not a key is returned as it is: zod's own wording for a shape no
 * Keyhost form can produce.
 */
export function errorText(locale: Locale, key: string, values?: MessageValues): string {
  if (key.startsWith("validation.")) {
    const t = createTranslator({ locale, messages: MESSAGES[locale] });
    return t.has(key as never) ? t(key as never, values as never) : key;
  }
  if (!isErrorKey(key)) return key;
  return createTranslator({ locale, messages: MESSAGES[locale], namespace: "errors" })(key, values as never);
}

/** A translator for any namespace outside React: e-mails, guest messages, answers of the API. */
export function serverTranslator<N extends keyof Messages>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace });
}

/** A loosely typed translator for a namespace, for pure functions that take a `Translate` (and their tests). */
export function translateIn(locale: Locale, namespace: keyof Messages): Translate {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace });
  return (key, values) => t(key as never, values as never);
}
