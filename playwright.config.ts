import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { RUN_MARK, SERVER_LOG } from "./e2e/support/no-secrets-in-log";
import { standaloneCommand, standaloneEnv } from "./e2e/support/standalone";

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const BASE_URL = `http://localhost:${PORT}`;
/**
 * The e2e server sends guest e-mails here; e2e/guest-message.spec.ts listens on it with a real SMTP
 * server. Derived from the app's port so parallel runs on other ports never share one.
 */
export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? PORT + 20000);
/** Where the e2e server sends host alerts (pre-arrival checks), apart from guests' mail. */
export const E2E_ALERT_EMAIL = "alerts@keyhost.test";

const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
  ],
};

/** The shared e2e server's environment: demo mode on the built-in simulator. */
const SERVER_ENV: Record<string, string> = {
  NEXTAUTH_URL: BASE_URL,
  ...standaloneEnv(PORT, ".data/e2e"),
  SIMULATOR_PROPAGATION_DELAY_MS: "800",
  PIN_CONFIRM_TIMEOUT_SECONDS: "8",
  SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
  SMTP_FROM: "Keyhost <keys@keyhost.test>",
  // Specs start from an empty account; e2e/demo-calendars.spec.ts runs a server of its own with them on.
  DEMO_CALENDARS: "off",
  ALERT_EMAIL: E2E_ALERT_EMAIL,
};

export default defineConfig({
  testDir: "./e2e",
  globalTeardown: "./e2e/support/no-secrets-in-log.ts",
  // Tests share one simulator; running them one at a time keeps its state predictable.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL: BASE_URL,
    // The browser is in Berlin; tests use locks in other zones to prove times follow the lock.
    timezoneId: "Europe/Berlin",
    locale: "en-GB",
    trace: "retain-on-failure",
    launchOptions: chromium,
  },
  projects: [
    {
      name: "desktop",
      // A hundred locks on a phone over mobile data is the case that matters for the fleet spec.
      testIgnore: /fleet\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], launchOptions: chromium },
    },
    {
      name: "phone",
      // The fuzz and the OpenAPI contract talk to the JSON API only, and the scale test runs its own servers:
      // a phone viewport would send the very same requests.
      testIgnore: /(fuzz|openapi|scale)\.spec\.ts/,
      use: {
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 3,
        isMobile: true,
        hasTouch: true,
        userAgent: devices["Pixel 7"].userAgent,
        launchOptions: chromium,
      },
    },
  ],
  webServer: {
    // Also written to a file so the global teardown can prove no code, token or secret was logged.
    command: `mkdir -p ${path.dirname(SERVER_LOG)} && { echo "${RUN_MARK}"; ${standaloneCommand({ ...process.env, ...SERVER_ENV })}; } 2>&1 | tee ${SERVER_LOG}`,
    url: `${BASE_URL}/signin`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    env: SERVER_ENV,
  },
});
