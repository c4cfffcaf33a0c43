import type { Locale } from "@/lib/i18n/config";

/** A guest message as `GET …/message` answers it, for a PIN or a stay. */
export interface GuestMessageView {
  subject: string;
  text: string;
  /** The language the message is written in (the guest's, not the host's). */
  language: Locale;
  /** The code opens the door as the message says (the PIN is saved and enabled). */
  ready: boolean;
  /** Why not, in words for the host (in the host's language); present exactly when `ready` is false. */
  notReadyReason?: string;
  /** E-mail is set up on this Keyhost, so the message can be sent from here. */
  email: boolean;
}

/** A message ready to be shown or sent, before the server adds whether e-mail is set up. */
export interface PreparedGuestMessage {
  subject: string;
  text: string;
  language: Locale;
  ready: boolean;
  notReadyReason?: string;
  /** The error code a send without confirmation answers with. */
  notReadyCode?: "pin_not_saved" | "pin_disabled";
}
