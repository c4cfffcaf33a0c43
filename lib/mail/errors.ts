import "server-only";
import { DomainError } from "@/lib/errors/domain-error";

/** What nodemailer puts on its errors (see smtp-connection's `_formatError`). */
interface SmtpFailure {
  code?: string;
  responseCode?: number;
  response?: string;
  command?: string;
}

const UNREACHABLE = new Set(["ECONNECTION", "ESOCKET", "ETIMEDOUT", "EDNS", "ETLS", "EPROTOCOL"]);

/** The SMTP URL's secrets, so they can be cut from anything a server or a library says. */
export function secretsOf(smtpUrl: string): string[] {
  try {
    const url = new URL(smtpUrl);
    return [url.password, decodeURIComponent(url.password), smtpUrl].filter((s) => s.length >= 3);
  } catch {
    return [smtpUrl];
  }
}

/** The mail server's own words, one short line, without anything from the SMTP URL. */
function serverSaid(response: string | undefined, secrets: string[]): string | undefined {
  if (!response) return undefined;
  let said = response.replace(/[\x00-\x1f\x7f]+/g, " ").trim();
  for (const secret of secrets) said = said.split(secret).join("…");
  return said ? said.slice(0, 200) : undefined;
}

/** Each failure's sentence, and the same followed by what the mail server said. */
const SAID = {
  mailSignInRefused: "mailSignInRefusedSaid",
  mailUnreachable: "mailUnreachableSaid",
  mailAddressRefused: "mailAddressRefusedSaid",
  mailNotAccepted: "mailNotAcceptedSaid",
} as const;

function failed(key: keyof typeof SAID, said: string | undefined, field?: string): DomainError {
  return said ? new DomainError("mail_failed", SAID[key], field, undefined, { said }) : new DomainError("mail_failed", key, field);
}

/** Maps a failed send to 502 `mail_failed` with a message a host can act on and no password in it. */
export function mailFailure(error: unknown, smtpUrl: string): DomainError {
  const failure: SmtpFailure = error && typeof error === "object" ? (error as SmtpFailure) : {};
  const said = serverSaid(failure.response, secretsOf(smtpUrl));
  if (failure.code === "EAUTH") return failed("mailSignInRefused", said);
  if (failure.code && UNREACHABLE.has(failure.code)) return failed("mailUnreachable", said);
  if (failure.code === "EENVELOPE" && failure.command?.startsWith("RCPT")) return failed("mailAddressRefused", said, "to");
  return failed("mailNotAccepted", said);
}
