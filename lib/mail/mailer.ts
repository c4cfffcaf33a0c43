import "server-only";
import { createTransport } from "nodemailer";
import SMTPTransport from "nodemailer/lib/smtp-transport";
import type { Locale } from "@/lib/i18n/config";
import { mailFailure } from "./errors";

export interface MailConfig {
  /** smtp://user:pass@host:port or smtps://… */
  url: string;
  /** "keys@example.com" or "Keyhost <keys@example.com>". */
  from: string;
}

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** The language subject and text are written in (the guest's), sent as Content-Language so mail apps read and translate it right. */
  language?: Locale;
}

export interface Mailer {
  enabled: boolean;
  send(mail: OutgoingMail): Promise<void>;
}

/** Long enough for a slow server, short enough that a host is not left with a spinner. */
const DEFAULT_TIMEOUT_MS = 15_000;

export function createMailer(config: MailConfig | null, { timeoutMs = DEFAULT_TIMEOUT_MS } = {}): Mailer {
  if (!config) {
    return {
      enabled: false,
      send: () => Promise.reject(new Error("createMailer: mail is not configured")),
    };
  }
  // Built directly: createTransport({ url }) would drop every option but the URL, timeouts included.
  const smtp = new SMTPTransport({
    url: config.url,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    // Guest messages are plain text: never let a message make the server read files or URLs.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  const transport = createTransport(smtp);
  return {
    enabled: true,
    async send({ to, subject, text, language }) {
      try {
        await transport.sendMail({ from: config.from, to, subject, text, ...(language ? { headers: { "Content-Language": language } } : {}) });
      } catch (error) {
        const failure = mailFailure(error, config.url);
        // Kind and server code only: the message body holds a door code, the URL a password.
        const { code, responseCode } = (error ?? {}) as { code?: string; responseCode?: number };
        console.warn(`Guest e-mail not sent: ${code ?? "error"}${responseCode ? ` ${responseCode}` : ""}`);
        throw failure;
      }
    },
  };
}
