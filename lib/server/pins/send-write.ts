import "server-only";
import { ApiError } from "@/lib/api/errors";
import { NukiError } from "@/lib/nuki/errors";

/** Turns Nuki's refusals of a keypad-code write into messages that point at the field to fix. */
export function explainWriteError(error: unknown): unknown {
  if (!(error instanceof NukiError)) return error;
  const said = error.detail ? ` (Nuki: ${error.detail})` : "";
  switch (error.kind) {
    case "conflict":
      return new ApiError(422, "code_taken", "Nuki says this code is already on the lock. Choose another code.", "code");
    case "unprocessable":
      return new ApiError(422, "rejected_by_nuki", `Nuki refused this PIN${said}. Names may have at most 20 characters.`, "name");
    case "invalid":
      if (/type|13/.test(error.detail ?? "")) {
        return new ApiError(422, "keypad_not_paired", "Nuki says this lock has no paired keypad yet. Pair one, or use “Sync with lock” if you just did.");
      }
      return new ApiError(422, "rejected_by_nuki", `Nuki refused this PIN${said}.`);
    default:
      return error;
  }
}
