import type { ErrorCode } from "@/lib/errors/domain-error";
import type { ErrorKey, MessageValues } from "@/lib/i18n/translate";
import type { NukiError } from "@/lib/nuki/errors";

/**
 * The sentence of Nuki's refusal of a keypad-code write, as the form shows it: a key of `errors`
 * and Nuki's own words as a value. `code` is what `explainRefusal` made of the refusal.
 */
export function refusalText(code: ErrorCode, error: NukiError): { key: ErrorKey; values?: MessageValues } {
  const said = error.detail ? { detail: error.detail } : undefined;
  switch (code) {
    case "code_taken":
      return { key: "nukiCodeOnLock" };
    case "keypad_not_paired":
      return { key: "noKeypadHelp" };
    case "not_found":
      return { key: "nukiLockGone" };
    default:
      if (error.kind === "unprocessable") return said ? { key: "nukiRefusedPinNameSaid", values: said } : { key: "nukiRefusedPinName" };
      return said ? { key: "nukiRefusedPinSaid", values: said } : { key: "nukiRefusedPin" };
  }
}
