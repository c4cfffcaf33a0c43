import "server-only";
import { DomainError } from "@/lib/errors/domain-error";
import { env } from "@/lib/env/index.mjs";
import { createMailer, type OutgoingMail } from "./mailer";

const mailer = createMailer(env.mail);

/** Whether SMTP_URL and SMTP_FROM are set, so guest messages can go out by e-mail. */
export function mailEnabled(): boolean {
  return mailer.enabled;
}

/** Sends one plain-text e-mail; failures are `DomainError` 502 `mail_failed`, 409 `mail_disabled` without SMTP. */
export function sendMail(mail: OutgoingMail): Promise<void> {
  if (!mailer.enabled) return Promise.reject(mailDisabled());
  return mailer.send(mail);
}

export function mailDisabled(): DomainError {
  return new DomainError("mail_disabled", "mailDisabled");
}
