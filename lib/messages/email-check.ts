/**
 * zod's e-mail pattern (`z.email()`, as `sendMessageSchema` checks the address on the server), for
 * the message form's check in the browser without zod; `email-check.test.ts` keeps them the same.
 */
export const EMAIL_PATTERN = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;

/** What to fix, as the server's schema names it: the key of a sentence in the validation catalog. */
export type EmailProblem = "validation.email.required" | "validation.email.tooLong" | "validation.email.invalid";

/** The address the form sends (trimmed), or what to fix: the rules of `sendMessageSchema`. */
export function checkEmailAddress(to: string): { ok: true; to: string } | { ok: false; message: EmailProblem } {
  const trimmed = to.trim();
  if (trimmed.length < 1) return { ok: false, message: "validation.email.required" };
  if (trimmed.length > 254) return { ok: false, message: "validation.email.tooLong" };
  if (!EMAIL_PATTERN.test(trimmed)) return { ok: false, message: "validation.email.invalid" };
  return { ok: true, to: trimmed };
}
