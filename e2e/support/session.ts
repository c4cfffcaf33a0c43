import { expect, type Page } from "@playwright/test";

/** Signs in the way a host does: Keyhost's button, Nuki's consent page, back to the dashboard. */
export async function signIn(page: Page, path = "/") {
  await page.goto(path);
  await expect(page).toHaveURL(/\/signin/);
  await page.getByRole("button", { name: "Sign in with Nuki" }).click();
  await expect(page).toHaveURL(/\/sim\/oauth\/authorize/);
  await page.getByRole("button", { name: "Allow" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}
