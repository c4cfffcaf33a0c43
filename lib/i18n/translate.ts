import { createTranslator } from "next-intl";
import type { Locale } from "./config";
import { MESSAGES, type Messages } from "./messages";
import type { MessageValues, Translate } from "./types";

/**
 * What a domain error names its sentence by: a key of `errors`, or the full key of a sentence another
 * namespace already has for it (the schemas' `validation.…`, a calendar feed's `calendar.…` refusal).
 * A plain sentence does not compile: it would read the same in every language.
 */
export type ErrorKey = keyof Messages["errors"] | `validation.${string}` | `calendar.${string}`;

export type { MessageValues };

/**
 * One translator per language and namespace for the life of the process: a translator keeps the
 * formatters it built, so a list of a thousand PINs does not build them a thousand times.
 */
const translators = new Map<string, ReturnType<typeof createTranslator>>();
function translatorFor(locale: Locale, namespace?: keyof Messages): ReturnType<typeof createTranslator> {
  const id = `${locale}:${namespace ?? ""}`;
  let t = translators.get(id);
  if (!t) {
    t = createTranslator({ locale, messages: MESSAGES[locale], ...(namespace ? { namespace } : {}) }) as ReturnType<typeof createTranslator>;
    translators.set(id, t);
  }
  return t;
}

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
    const t = translatorFor(locale);
    return t.has(key as never) ? t(key as never, values as never) : key;
  }
  if (!isErrorKey(key)) return key;
  return translatorFor(locale, "errors")(key as never, values as never);
}

/** A translator for any namespace outside React: e-mails, guest messages, answers of the API. */
export function serverTranslator<N extends keyof Messages>(locale: Locale, namespace: N) {
  return translatorFor(locale, namespace) as unknown as ReturnType<typeof createTranslator<Messages, N>>;
}

/** A loosely typed translator for a namespace, for pure functions that take a `Translate` (and their tests). */
export function translateIn(locale: Locale, namespace: keyof Messages): Translate {
  const t = translatorFor(locale, namespace);
  return (key, values) => t(key as never, values as never);
}
