import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { signIn } from "./support/session";
import { simulator } from "./support/simulator";

const BERLIN = 17_923_456_781;

test.beforeEach(async ({ request }) => {
  await simulator(request).reset();
});

const row = (page: Page, name: string) => page.getByTestId("pin-row").filter({ has: page.getByTestId("pin-name").getByText(name, { exact: true }) });
const simNames = async (request: APIRequestContext) => (await simulator(request).state()).auths.map((a) => a.name);

test("a lock's expired PINs are deleted after one confirmation and leave the lock", async ({ page, request }) => {
  // One more finished stay, added in the Nuki app.
  const added = await request.post(`/sim/_control/locks/${BERLIN}/auths`, {
    data: { name: "Old Guest", code: 357_913, allowedFromDate: "2026-01-02T14:00:00.000Z", allowedUntilDate: "2026-01-05T10:00:00.000Z", allowedWeekDays: 127 },
  });
  expect(added.ok()).toBe(true);
  await signIn(page);
  await page.goto(`/locks/${BERLIN}`);
  // Keypad space and clean-up live in the lock's settings panel.
  await page.getByTestId("lock-settings").locator("summary").click();
  await expect(page.getByRole("meter", { name: "Keypad codes used" })).toHaveAttribute("aria-valuetext", "6 / 100 codes");

  await page.getByRole("button", { name: "Delete expired PINs (2)" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete 2 expired PINs on 1 lock?" });
  await expect(dialog.getByRole("list", { name: "PINs to delete" })).toContainText("Sophie Martin");
  await expect(dialog.getByRole("list", { name: "PINs to delete" })).toContainText("Old Guest");
  await dialog.getByRole("button", { name: "Delete expired PINs" }).click();

  await expect(page.getByRole("status").filter({ hasText: "Deleting 2 expired PINs." })).toBeVisible();
  await expect(row(page, "Sophie Martin")).toHaveCount(0);
  await expect(row(page, "Old Guest")).toHaveCount(0);
  await expect(row(page, "Anna Schmidt")).toBeVisible();
  await expect.poll(() => simNames(request)).not.toContain("Sophie Martin");
  expect(await simNames(request)).not.toContain("Old Guest");
  await expect(page.getByRole("button", { name: "Delete expired PINs" })).toBeDisabled();
});

test("search across locks finds a PIN by code, and expired PINs of every lock go in one step", async ({ page, request }) => {
  await signIn(page);
  await page.getByRole("link", { name: "Search PINs" }).click();
  await expect(page.getByRole("heading", { name: "PINs on all locks", level: 1 })).toBeVisible();

  await page.getByLabel("Search by name or code").fill("92631");
  const results = page.getByTestId("pin-search-results").getByTestId("pin-row");
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText("Olivia Brown");
  await expect(results.first().getByTestId("pin-lock")).toHaveText("Bondi Beach House");

  await page.getByLabel("Search by name or code").fill("");
  await page.getByRole("button", { name: "Expired", exact: true }).click();
  await expect(page.getByRole("button", { name: "Expired", exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect(results).toHaveCount(3);

  await page.getByRole("button", { name: "Delete expired PINs on all locks (3)" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete 3 expired PINs on 3 locks?" });
  await dialog.getByRole("button", { name: "Delete expired PINs" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Deleting 3 expired PINs on 3 locks." })).toBeVisible();
  // Online locks drop them at once; the offline Brooklyn Loft gets its delete when it is back.
  await expect.poll(() => simNames(request)).not.toContain("Chloe Nguyen");
  expect(await simNames(request)).not.toContain("Sophie Martin");
  await expect(results.filter({ hasText: "Chloe Nguyen" })).toHaveCount(0);
  await expect(results.filter({ hasText: "Sarah Davis" })).toContainText("Deleting…");
});
