import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { signIn } from "./support/session";
import { simulator } from "./support/simulator";

const FRONT = 17923456781;
const OFFLINE_WRITE = "You're offline — nothing was changed; try again when you have signal.";

test.beforeEach(async ({ request }) => {
  await simulator(request).reset();
});

test("with no signal the page says so, keeps its PINs, refuses a write without losing it, and saves it once back online", async ({ page, context }) => {
  await signIn(page, `/locks/${FRONT}`);
  const anna = page.getByTestId("pin-row").filter({ hasText: "Anna Schmidt" });
  await expect(anna).toBeVisible();
  const shownRows = await page.getByTestId("pin-row").count();
  await expect(page.getByTestId("offline-banner")).toHaveCount(0);
  // The host had the editor open once, so its code is in the page (a part never loaded waits for the signal).
  await page.getByRole("button", { name: "New PIN" }).click();
  await expect(page.getByRole("dialog", { name: "New PIN" })).toBeVisible();
  await page.keyboard.press("Escape");

  await context.setOffline(true);
  await expect(page.getByTestId("offline-banner")).toContainText("You're offline.");
  // Coming back to the app would refresh what is stale: offline it waits and the list stays.
  await page.evaluate(() => window.dispatchEvent(new Event("focus")));
  await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
  await expect(page.getByText("Could not load the PINs")).toHaveCount(0);
  await expect(page.getByTestId("pin-row")).toHaveCount(shownRows);
  await expectAccessible(page, "a lock offline", test.info());

  // A write from a row (Anna's code was made in the Nuki app) is refused and says so; the PIN stays as it was.
  await anna.getByRole("button", { name: "Take over Anna Schmidt" }).click();
  await expect(anna.getByRole("alert")).toHaveText(OFFLINE_WRITE);
  await expect(anna.getByTestId("pin-status")).toHaveText("Made outside Keyhost");

  // A new PIN is refused with the form as the host left it.
  await page.getByRole("button", { name: "New PIN" }).click();
  const dialog = page.getByRole("dialog", { name: "New PIN" });
  await dialog.getByLabel("Name").fill("Offline Guest");
  const code = await dialog.getByLabel("Code").inputValue();
  await dialog.getByRole("button", { name: "Create PIN" }).click();
  await expect(dialog.getByRole("alert")).toHaveText(OFFLINE_WRITE);
  await expect(dialog.getByLabel("Name")).toHaveValue("Offline Guest");
  await expect(dialog.getByLabel("Code")).toHaveValue(code);
  await expect(page.getByTestId("pin-row").filter({ hasText: "Offline Guest" })).toHaveCount(0);
  const state = await simulator(page.request).state();
  expect(state.auths.map((a) => a.name)).not.toContain("Offline Guest");

  // Back online, the same form saves.
  await context.setOffline(false);
  await expect(page.getByTestId("offline-banner")).toHaveCount(0);
  await dialog.getByRole("button", { name: "Create PIN" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("pin-row").filter({ hasText: "Offline Guest" }).getByTestId("pin-status")).toHaveText("Saved", { timeout: 20_000 });
});

test("Today offline keeps the stays it showed and says why nothing refreshes", async ({ page, context }) => {
  await signIn(page, "/");
  await expect(page.getByRole("heading", { name: "Today", level: 1 })).toBeVisible();
  const before = await page.getByRole("main").innerText();
  await context.setOffline(true);
  await expect(page.getByTestId("offline-banner")).toBeVisible();
  await page.evaluate(() => window.dispatchEvent(new Event("focus")));
  expect(await page.getByRole("main").innerText()).toBe(before);
  await context.setOffline(false);
  await expect(page.getByTestId("offline-banner")).toHaveCount(0);
});
