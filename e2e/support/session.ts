import { expect, type Page } from "@playwright/test";

/**
 * Signs in the way a host does: Keyhost's button, Nuki's consent page, back to the page asked for.
 * By default that is the locks overview (most specs start from a lock card); Today is at "/".
 */
export async function signIn(page: Page, path = "/locks") {
  await page.goto(path);
  await expect(page).toHaveURL(/\/signin/);
  await page.getByRole("button", { name: "Sign in with Nuki" }).click();
  await expect(page).toHaveURL(/\/sim\/oauth\/authorize/);
  await page.getByRole("button", { name: "Allow" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // Nuki's consent brings the host home (Today); go on to the page the test asked for.
  if (new URL(page.url()).pathname !== path) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
}
