import type { MessageValues, Translate } from "@/lib/i18n/types";

/**
 * What the browser itself says about a request Keyhost did not answer (messages: common.request).
 * Keyhost's own answers come in the page's language already; these are worded here, in the browser.
 */
export type ClientErrorKey = "offlineWrite" | "networkFailure" | "unexpectedAnswer" | "somethingWrong";

let translate: Translate | undefined;

/** The page hands over its translator once it runs in the browser (`useClientErrorLanguage`). */
export function setClientErrorTranslator(t: Translate | undefined): void {
  translate = t;
}

/** The sentence in the page's language; before a page has handed over its translator, the key. */
export function clientErrorText(key: ClientErrorKey, values?: MessageValues): string {
  return translate ? translate(key, values) : key;
}
