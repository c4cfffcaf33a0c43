import "server-only";
import { DomainError } from "@/lib/errors/domain-error";
import { mailDisabled, mailEnabled, sendMail } from "@/lib/mail";
import type { SendMessageInput } from "@/lib/messages/schema";
import type { GuestMessageView, PreparedGuestMessage } from "@/lib/messages/types";

/** The answer of `GET …/message`. */
export function messageView({ subject, text, language, ready, notReadyReason }: PreparedGuestMessage): GuestMessageView {
  return { subject, text, language, ready, ...(notReadyReason ? { notReadyReason } : {}), email: mailEnabled() };
}

export function assertMailEnabled() {
  if (!mailEnabled()) throw mailDisabled();
}

/** Sends a prepared message in its own language (subject included); one whose code may not work goes only when the host confirmed it. */
export async function sendGuestMessage(message: PreparedGuestMessage, { to, confirmNotReady }: SendMessageInput): Promise<void> {
  assertMailEnabled();
  if (!message.ready && confirmNotReady !== true) {
    const code = message.notReadyCode ?? "pin_not_saved";
    throw message.notReadyReason
      ? new DomainError(code, "notReadyConfirm", undefined, undefined, { reason: message.notReadyReason })
      : new DomainError(code, "mayNotOpenConfirm");
  }
  await sendMail({ to, subject: message.subject, text: message.text, language: message.language });
}
