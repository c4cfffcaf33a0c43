import { createTranslator } from "next-intl";
import type { Locale } from "./config";
import { MESSAGES, type Messages } from "./messages";

/**
 * What a domain error names its sentence by: a key of `errors`, or the full key of a sentence another
 * namespace already has for it (the schemas' `validation.…`, a calendar feed's `calendar.…` refusal).
 * A plain sentence does not compile: it would read the same in every language.
 */
export type ErrorKey = keyof Messages["errors"] | `validation.${string}` | `calendar.${string}`;
import type { MessageValues, Translate } from "./types";

export type { MessageValues };

const isErrorKey = (value: string): value is keyof Messages["errors"] => Object.hasOwn(MESSAGES.en.errors, value);

/** Namespaces whose sentences an error may name by their full key (see `ErrorKey`). */
const BORROWED = ["validation.", "calendar."];

/**
 * An error's sentence in one language, outside React (API answers, logs, a reason stored as a key).
 * The key names a sentence in `errors`, or with its namespace in front one of `BORROWED`. A text
 * that is no key (a sentence stored before keys) is returned as it is.
 */
export function errorText(locale: Locale, key: ErrorKey | (string & {}), values?: MessageValues): string {
  if (BORROWED.some((prefix) => key.startsWith(prefix))) {
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
