import "server-only";
import { NO_KEYPAD_HELP } from "@/lib/locks/wording";
import type { ErrorCode } from "@/lib/errors/domain-error";
import type { NukiError } from "@/lib/nuki/errors";

export interface Refusal {
  code: ErrorCode;
  message: string;
  /** The form field to fix, where one is to blame. */
  field?: string;
}

/**
 * What Nuki's refusal of a keypad-code write means for the host: the one explanation, given to the
 * form at once (as a `DomainError`) and kept as the PIN's reason in the ledger.
 */
export function explainRefusal(error: NukiError): Refusal {
  const said = error.detail ? ` (Nuki: ${error.detail})` : "";
  switch (error.kind) {
    case "conflict":
      return { code: "code_taken", message: "Nuki says this code is already on the lock. Choose another code.", field: "code" };
    case "unprocessable":
      return { code: "rejected_by_nuki", message: `Nuki refused this PIN${said}. Names may have at most 20 characters.`, field: "name" };
    case "not_found":
      return { code: "not_found", message: "Nuki no longer lists this lock in your account." };
    case "invalid":
      if (/type|13/.test(error.detail ?? "")) return { code: "keypad_not_paired", message: NO_KEYPAD_HELP };
      return { code: "rejected_by_nuki", message: `Nuki refused this PIN${said}.` };
    default:
      return { code: "rejected_by_nuki", message: `Nuki refused this PIN${said}.` };
  }
}
