import { test } from "@playwright/test";
import { E2E_ALERT_EMAIL, E2E_SMTP_PORT } from "../../playwright.config";
import { startLocalSmtpServer, type LocalSmtpServer, type ReceivedMail } from "../../test/local-smtp-server";

/** The app's mail server as a test sees it: what reached it, and a way to take it down and back. */
export interface AppMailServer {
  /** Guests' mail only: host alerts from the pre-arrival checks go to E2E_ALERT_EMAIL and are kept apart. */
  readonly received: ReceivedMail[];
  waitForMail: LocalSmtpServer["waitForMail"];
  readonly alerts: ReceivedMail[];
  waitForAlert: LocalSmtpServer["waitForMail"];
  /** Takes the server down, as an outage would. */
  close(): Promise<void>;
  /** Brings it back on the same port, with nothing received yet. */
  restart(): Promise<void>;
}

/**
 * Listens where the app server sends (SMTP_URL=smtp://127.0.0.1:E2E_SMTP_PORT, playwright.config.ts),
 * afresh in each test of the calling file, so a test sees only the mail it caused.
 */
export function mailServerInEachTest(): AppMailServer {
  let server: LocalSmtpServer | null = null;
  let listening = false;
  const current = () => {
    if (!server) throw new Error("The mail server only runs inside a test");
    return server;
  };
  const start = async () => {
    server = await startLocalSmtpServer({ port: E2E_SMTP_PORT });
    listening = true;
  };
  // A test may have taken it down itself: close only what still listens.
  const close = async () => {
    if (!listening) return;
    listening = false;
    await current().close();
  };
  test.beforeEach(start);
  test.afterEach(close);
  const isAlert = (mail: ReceivedMail) => mail.envelopeTo.includes(E2E_ALERT_EMAIL);
  return {
    get received() {
      return current().received.filter((mail) => !isAlert(mail));
    },
    waitForMail: (match = () => true, timeoutMs) => current().waitForMail((mail) => !isAlert(mail) && match(mail), timeoutMs),
    get alerts() {
      return current().received.filter(isAlert);
    },
    waitForAlert: (match = () => true, timeoutMs) => current().waitForMail((mail) => isAlert(mail) && match(mail), timeoutMs),
    close,
    restart: async () => {
      await close();
      await start();
    },
  };
}
