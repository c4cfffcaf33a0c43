import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { freePort } from "../test/throwaway-postgres";
import { healthy, kill, startInstance, type Instance } from "./support/instances";
import { signIn } from "./support/session";
import type { SimulatorState } from "./support/simulator";

const FRONT = 17923456781; // Berlin Apartment
const BUILDING = 17923456799; // Berlin Building Door

/*
 * `npm run demo` as a new user meets it: a server of its own, with the demo's calendars on (the shared
 * e2e server has them off, so every other spec starts from an empty account).
 */
let app: Instance | undefined;
let root = "";

test.beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), "keyhost-demo-"));
  app = startInstance(await freePort(), root, { DEMO_CALENDARS: "on", SIMULATOR_PROPAGATION_DELAY_MS: "800" });
  await healthy(app);
});

test.afterAll(async () => {
  if (app) await kill(app, "SIGTERM");
  rmSync(root, { recursive: true, force: true });
});

test.setTimeout(120_000);

test("a new user's first sign-in shows the demo's booking calendars as stays, codes on both Berlin doors, without typing anything", async ({ page }) => {
  const base = app!.base;
  await signIn(page, `${base}/properties`);
  const card = page.getByTestId("property-card").filter({ hasText: "Demo apartment" });
  await expect(card).toHaveCount(1);
  await card.click();

  const panel = page.getByRole("region", { name: "Calendar feeds" });
  await expect(panel.getByTestId("feed-item")).toHaveCount(2);
  await expect(panel.getByTestId("feed-health").first()).toContainText("2 bookings");
  await expect(panel.getByTestId("feed-problem")).toHaveCount(0);
  const stays = page.getByTestId("stay-item");
  await expect(stays).toHaveCount(3);
  await expect(stays.filter({ hasText: "From Airbnb" })).toHaveCount(2);
  await expect(stays.filter({ hasText: "From Booking.com" })).toHaveCount(1);

  // The first Airbnb guest arrives tomorrow, inside the lead time: the same code reaches both doors.
  await expect
    .poll(async () => {
      const state = (await (await page.request.get(`${base}/sim/_control/state`)).json()) as SimulatorState;
      const codes = state.auths.filter((a) => a.name.startsWith("Airbnb HM")).map((a) => [a.smartlockId, a.code] as const);
      return { doors: codes.map(([lockId]) => lockId).sort(), codes: new Set(codes.map(([, code]) => code)).size };
    }, { timeout: 20_000 })
    .toEqual({ doors: [FRONT, BUILDING].sort(), codes: 1 });

  // Signing in again adds nothing: the account has its property.
  await page.context().clearCookies();
  await signIn(page, `${base}/properties`);
  await expect(page.getByTestId("property-card")).toHaveCount(1);
});
