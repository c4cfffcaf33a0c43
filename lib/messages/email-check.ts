/**
 * zod's e-mail pattern (`z.email()`, as `sendMessageSchema` checks the address on the server), for
 * the message form's check in the browser without zod; `email-check.test.ts` keeps them the same.
 */
export const EMAIL_PATTERN = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;

/** The address the form sends (trimmed), or what to fix: the rules of `sendMessageSchema`. */
export function checkEmailAddress(to: string): { ok: true; to: string } | { ok: false; message: string } {
  const trimmed = to.trim();
  if (trimmed.length < 1) return { ok: false, message: "Enter the guest's e-mail address." };
  if (trimmed.length > 254) return { ok: false, message: "This e-mail address is too long." };
  if (!EMAIL_PATTERN.test(trimmed)) return { ok: false, message: "Enter a valid e-mail address, like name@example.com." };
  return { ok: true, to: trimmed };
}
