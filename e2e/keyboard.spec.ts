import { expect, test } from "@playwright/test";
import { tabTo } from "./support/a11y";
import { signIn } from "./support/session";
import { simulator } from "./support/simulator";

test.beforeEach(async ({ request }) => {
  await simulator(request).reset();
});

test("a host creates a PIN with the keyboard alone: focus shows everywhere, the editor keeps focus inside, gives it back, and the saved code is announced", async ({ page }) => {
  await signIn(page, "/");
  await expect(page.getByRole("heading", { name: "Today", level: 1 })).toBeVisible();

  await tabTo(page, page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Locks" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/locks$/);
  await tabTo(page, page.getByTestId("lock-card").filter({ hasText: "Berlin Apartment" }).getByRole("link"));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/locks\/17923456781$/);
  await expect(page.getByTestId("pin-row").first()).toBeVisible();

  const newPin = page.getByRole("button", { name: "New PIN" });
  await tabTo(page, newPin);
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "New PIN" });
  await expect(dialog).toBeVisible();

  // The page behind the editor is out of reach: Tab cycles through the editor only.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    const outside = await dialog.evaluate((d) => {
      const active = document.activeElement;
      return active && active !== document.body && !d.contains(active) ? active.outerHTML.slice(0, 100) : null;
    });
    expect(outside, "focus left the open editor").toBeNull();
  }

  await tabTo(page, dialog.getByLabel("Name"));
  await page.keyboard.type("Keys Only");
  await tabTo(page, dialog.getByRole("button", { name: "Create PIN" }));
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  await expect(newPin).toBeFocused();

  const row = page.getByTestId("pin-row").filter({ hasText: "Keys Only" });
  await expect(row.getByTestId("pin-status")).toHaveText("Saved", { timeout: 20_000 });
  await expect(page.getByTestId("pin-announcement")).toHaveText("Keys Only: saved on the lock.");
  expect((await simulator(page.request).state()).auths.some((a) => a.name === "Keys Only")).toBe(true);
});
