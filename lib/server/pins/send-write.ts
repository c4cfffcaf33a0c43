import "server-only";
import { DomainError } from "@/lib/errors/domain-error";
import { explainRefusal } from "@/lib/engine/refusal";
import { refusalText } from "@/lib/errors/refusal-text";
import { NukiError } from "@/lib/nuki/errors";

/** Refusals the host can answer in the form; any other goes back as Nuki's error. */
const FORM_REFUSALS = new Set<NukiError["kind"]>(["conflict", "unprocessable", "invalid"]);

/** Turns Nuki's refusals of a keypad-code write into messages that point at the field to fix. */
export function explainWriteError(error: unknown): unknown {
  if (!(error instanceof NukiError) || !FORM_REFUSALS.has(error.kind)) return error;
  const { code, field } = explainRefusal(error);
  const { key, values } = refusalText(code, error);
  return new DomainError(code, key, field, undefined, values);
}
