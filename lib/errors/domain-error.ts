import type { Locale } from "@/lib/i18n/config";
import { errorText, type ErrorKey, type MessageValues } from "@/lib/i18n/translate";

/**
 * Every error code Keyhost answers with: a closed set, so a client can switch on it. Each has
 * exactly one HTTP status, given by lib/api/errors (the only module that speaks HTTP).
 */
export const ERROR_CODES = [
  // the request itself
  "invalid_json",
  "invalid_input",
  "payload_too_large",
  "method_not_allowed",
  "forbidden_origin",
  "unauthorized",
  "session_expired",
  "rate_limited",
  "code_generation_limited",
  "not_found",
  // PINs, stays, properties
  "code_taken",
  "keypad_not_paired",
  "rejected_by_nuki",
  "conflict",
  "operation_pending",
  "deleting",
  "still_saving",
  "nothing_to_repair",
  "missing_on_lock",
  "cancelled",
  "has_stays",
  "property_deleted",
  "no_backup_code",
  "backup_codes_full",
  // guest messages
  "pin_not_saved",
  "pin_disabled",
  "mail_disabled",
  "mail_failed",
  // webhooks
  "invalid_delivery",
  "invalid_signature",
  "replayed",
  "webhooks_disabled",
  // upstream and us
  "upstream_unavailable",
  "internal",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * What a domain module throws when it refuses: a code from the closed set, the key of a sentence for
 * the host (messages/<language>/errors.json) and, when one field is at fault, its name. lib/api turns
 * it into an HTTP answer in the request's language; `message` is the English sentence, for logs.
 */
export class DomainError extends Error {
  readonly name: string = "DomainError";
  constructor(
    readonly code: ErrorCode,
    readonly key: ErrorKey,
    readonly field?: string,
    /** For `rate_limited` and its kin: when to try again. */
    readonly retryAfterSeconds?: number,
    readonly values?: MessageValues,
  ) {
    super(errorText("en", key, values));
  }

  /** The sentence for the host in their language. */
  textIn(locale: Locale): string {
    return errorText(locale, this.key, this.values);
  }
}

/**
 * The key of a schema's message: schemas shared by a form and its route name a `validation.…` key;
 * zod's own English (for a shape no Keyhost form produces) is passed on word for word.
 */
export function schemaMessage(message: string | undefined): { key: ErrorKey; values?: MessageValues } {
  if (message === undefined) return { key: "invalidRequest" };
  if (message.startsWith("validation.")) return { key: message as `validation.${string}` };
  return { key: "invalidInputDetail", values: { detail: message } };
}

/** `invalid_input` for what a schema or a check found wrong (see `schemaMessage`), naming the field. */
export function invalidInput(message: string | undefined, field?: string): DomainError {
  const { key, values } = schemaMessage(message);
  return new DomainError("invalid_input", key, field, undefined, values);
}
