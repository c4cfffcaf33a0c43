import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/** One message as the SMTP server received it: the envelope and the parsed content. */
export interface ReceivedMail {
  envelopeFrom: string;
  envelopeTo: string[];
  from: string;
  to: string;
  subject: string;
  text: string;
}

export interface LocalSmtpServer {
  port: number;
  url: string;
  received: ReceivedMail[];
  /** Resolves with the first message (received so far or later) that matches. */
  waitForMail(match?: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}

export interface LocalSmtpOptions {
  /** 0 (the default) takes a free port. */
  port?: number;
  /** When set, the server requires this sign-in (over plain text: it is local). */
  credentials?: { user: string; pass: string };
  /** Answer RCPT TO for this address with a permanent refusal. */
  refuseRecipient?: (address: string) => boolean;
}

/**
 * A real SMTP server on 127.0.0.1 for tests: what Keyhost sends is received over SMTP and parsed
 * with mailparser, so a broken message or transport fails the test. No TLS: it never leaves the host.
 */
export async function startLocalSmtpServer(options: LocalSmtpOptions = {}): Promise<LocalSmtpServer> {
  const received: ReceivedMail[] = [];
  const waiting = new Set<() => void>();
  const { credentials } = options;
  const server = new SMTPServer({
    logger: false,
    disabledCommands: credentials ? ["STARTTLS"] : ["STARTTLS", "AUTH"],
    authOptional: !credentials,
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      if (credentials && auth.username === credentials.user && auth.password === credentials.pass) return callback(null, { user: auth.username });
      callback(Object.assign(new Error("Authentication failed"), { responseCode: 535 }));
    },
    onRcptTo(address, _session, callback) {
      if (options.refuseRecipient?.(address.address)) {
        return callback(Object.assign(new Error(`Mailbox ${address.address} unavailable`), { responseCode: 550 }));
      }
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          received.push({
            envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            envelopeTo: session.envelope.rcptTo.map((r) => r.address),
            from: parsed.from?.text ?? "",
            to: [parsed.to ?? []].flat().map((a) => a.text).join(", "),
            subject: parsed.subject ?? "",
            text: (parsed.text ?? "").replace(/\n$/, ""),
          });
          for (const wake of waiting) wake();
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    waitForMail(match = () => true, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const mail = received.find(match);
          if (!mail) return;
          waiting.delete(check);
          clearTimeout(timer);
          resolve(mail);
        };
        const timer = setTimeout(() => {
          waiting.delete(check);
          reject(new Error(`No matching e-mail reached the local SMTP server within ${timeoutMs} ms (${received.length} received)`));
        }, timeoutMs);
        waiting.add(check);
        check();
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
