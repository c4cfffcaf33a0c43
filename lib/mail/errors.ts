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
function serverSaid(response: string | undefined, secrets: string[]): string {
  if (!response) return "";
  let said = response.replace(/[\x00-\x1f\x7f]+/g, " ").trim();
  for (const secret of secrets) said = said.split(secret).join("…");
  return said ? ` The mail server said: ${said.slice(0, 200)}` : "";
}

/** Maps a failed send to 502 `mail_failed` with a message a host can act on and no password in it. */
export function mailFailure(error: unknown, smtpUrl: string): DomainError {
  const failure: SmtpFailure = error && typeof error === "object" ? (error as SmtpFailure) : {};
  const said = serverSaid(failure.response, secretsOf(smtpUrl));
  if (failure.code === "EAUTH") {
    return new DomainError("mail_failed", `The mail server refused Keyhost's sign-in, so nothing was sent. Check the user and password in SMTP_URL.${said}`);
  }
  if (failure.code && UNREACHABLE.has(failure.code)) {
    return new DomainError("mail_failed", `Keyhost could not reach the mail server, so nothing was sent. Try again shortly, or check SMTP_URL.${said}`);
  }
  if (failure.code === "EENVELOPE" && failure.command?.startsWith("RCPT")) {
    return new DomainError("mail_failed", `The mail server refused this address, so nothing was sent.${said}`, "to");
  }
  return new DomainError("mail_failed", `The mail server did not accept the message, so nothing was sent.${said}`);
}
