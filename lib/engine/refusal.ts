import "server-only";
import type { ErrorCode } from "@/lib/errors/domain-error";
import type { NukiError } from "@/lib/nuki/errors";
import { storedReason } from "@/lib/pins/status-reason";

export interface Refusal {
  code: ErrorCode;
  /** Why, as the ledger keeps a PIN's reason (`storedReason`): worded in the host's language when shown. */
  reason: string;
  /** The form field to fix, where one is to blame. */
  field?: string;
}

/**
 * What Nuki's refusal of a keypad-code write means for the host: the one explanation, given to the
 * form at once (as a `DomainError`, see lib/errors/refusal-text) and kept as the PIN's reason in the ledger.
 */
export function explainRefusal(error: NukiError): Refusal {
  const said = error.detail ? { detail: error.detail } : undefined;
  switch (error.kind) {
    case "conflict":
      return { code: "code_taken", reason: storedReason("codeOnLock"), field: "code" };
    case "unprocessable":
      return { code: "rejected_by_nuki", reason: said ? storedReason("refusedNameSaid", said) : storedReason("refusedName"), field: "name" };
    case "not_found":
      return { code: "not_found", reason: storedReason("lockGone") };
    case "invalid":
      if (/type|13/.test(error.detail ?? "")) return { code: "keypad_not_paired", reason: storedReason("noKeypad") };
      return { code: "rejected_by_nuki", reason: said ? storedReason("refusedSaid", said) : storedReason("refused") };
    default:
      return { code: "rejected_by_nuki", reason: said ? storedReason("refusedSaid", said) : storedReason("refused") };
  }
}
