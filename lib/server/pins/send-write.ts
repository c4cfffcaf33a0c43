import "server-only";
import { DomainError } from "@/lib/errors/domain-error";
import { NukiError } from "@/lib/nuki/errors";

/** Turns Nuki's refusals of a keypad-code write into messages that point at the field to fix. */
export function explainWriteError(error: unknown): unknown {
  if (!(error instanceof NukiError)) return error;
  const said = error.detail ? ` (Nuki: ${error.detail})` : "";
  switch (error.kind) {
    case "conflict":
      return new DomainError("code_taken", "Nuki says this code is already on the lock. Choose another code.", "code");
    case "unprocessable":
      return new DomainError("rejected_by_nuki", `Nuki refused this PIN${said}. Names may have at most 20 characters.`, "name");
    case "invalid":
      if (/type|13/.test(error.detail ?? "")) {
        return new DomainError("keypad_not_paired", "Nuki says this lock has no paired keypad yet. Pair one, or use “Sync with lock” if you just did.");
      }
      return new DomainError("rejected_by_nuki", `Nuki refused this PIN${said}.`);
    default:
      return error;
  }
}
