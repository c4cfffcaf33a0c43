import { expect, test } from "@playwright/test";
import { signIn } from "./support/session";
import { simulator } from "./support/simulator";

test.beforeEach(async ({ request }) => {
  await simulator(request).reset();
});

test("a host signs in with Nuki, sees every lock, opens one and signs out", async ({ page }) => {
  await signIn(page);
  await expect(page.getByRole("heading", { name: "Your locks" })).toBeVisible();
  await expect(page.getByText("Demo mode")).toBeVisible();

  const cards = page.getByTestId("lock-card");
  await expect(cards).toHaveCount(6);
  const offline = cards.filter({ hasText: "Brooklyn Loft" });
  await expect(offline).toContainText("Offline");
  await expect(offline).toContainText("Changes will apply when the lock is back online.");
  await expect(offline).toContainText("America/New_York");
  const noKeypad = cards.filter({ hasText: "Auckland Cottage" });
  await expect(noKeypad).toContainText("No keypad");
  await expect(noKeypad).toContainText("PINs cannot be added until a keypad is paired.");
  await expect(cards.filter({ hasText: "London Flat" })).toContainText("Battery critical");
  await expect(cards.filter({ hasText: "London Flat" })).toContainText("Keypad 2");

  await cards.filter({ hasText: "Bondi Beach House" }).click();
  await expect(page.getByRole("heading", { name: "Bondi Beach House" })).toBeVisible();
  await expect(page.getByTestId("lock-zone")).toHaveText("Australia/Sydney");
  const rows = page.getByTestId("pin-row");
  await expect(rows.first()).toBeVisible();
  await expect(rows.first().getByTestId("pin-code")).toHaveText("••••••");
  await rows.first().getByRole("button", { name: /Show code of/ }).click();
  await expect(rows.first().getByTestId("pin-code")).toHaveText(/^[1-9]{6}$/);
  await expect(page.getByTestId("pin-window").filter({ hasText: "Australia/Sydney" }).first()).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await expect(page.getByText("You are signed out.")).toBeVisible();
  await page.goto("/");
  await expect(page).toHaveURL(/\/signin/);
});

test("sync with lock asks Nuki to sync that lock", async ({ page, request }) => {
  await signIn(page);
  await page.getByTestId("lock-card").filter({ hasText: "Berlin Apartment" }).click();
  await page.getByRole("button", { name: "Sync with lock" }).click();
  await expect(page.getByText("Sync requested")).toBeVisible();
  const state = await simulator(request).state();
  const berlin = state.locks.find((l) => l.name === "Berlin Apartment");
  expect(state.requests.some((r) => r.method === "POST" && r.path === `/smartlock/${berlin?.smartlockId}/sync`)).toBe(true);
});

test("every page hydrates as the server rendered it, so a tap while it loads is not lost", async ({ page }) => {
  // A mismatch makes React rebuild the page in the browser and drop the tap in flight: a lock card
  // tapped while /locks hydrates did not open its lock.
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
  await signIn(page);
  const berlin = (await simulator(page.request).state()).locks.find((l) => l.name === "Berlin Apartment")!;
  for (const path of ["/", "/locks", "/properties", "/pins", `/locks/${berlin.smartlockId}`, "/locks", "/"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  expect(errors).toEqual([]);
});

test("a lock outside the account is not found", async ({ page }) => {
  await signIn(page);
  await page.goto("/locks/123456789");
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});

test("the API answers 401 in the documented shape without a session", async ({ request }) => {
  for (const path of ["/api/locks", "/api/locks/1", "/api/locks/1/pins"]) {
    const response = await request.get(path);
    expect(response.status()).toBe(401);
    expect(await response.json()).toEqual({ error: { code: "unauthorized", message: expect.any(String) } });
  }
});

test("the access token is refreshed when it expires and the session goes on", async ({ page, request }) => {
  const sim = simulator(request);
  // Tokens now live 61 s: inside the 60 s refresh margin within a second of signing in.
  await sim.config({ tokenTtlSeconds: 61 });
  await signIn(page);
  await page.waitForTimeout(1_500);
  const before = (await sim.state()).requests.length;
  await page.reload();
  await expect(page.getByTestId("lock-card")).toHaveCount(6);
  await page.getByTestId("lock-card").filter({ hasText: "Berlin Apartment" }).click();
  await expect(page.getByTestId("pin-row").first()).toBeVisible();
  const refreshes = (await sim.state()).requests.slice(before).filter((r) => r.path === "/oauth/token");
  expect(refreshes.length).toBeGreaterThan(0);
});

test("a revoked Nuki token sends the host to sign in again with a clear message", async ({ page, request }) => {
  await signIn(page);
  // The page's own first reads are done, so the click below is what meets the expired token.
  await page.waitForLoadState("networkidle");
  await simulator(request).expireTokens();
  await page.getByTestId("lock-card").first().click();
  await expect(page).toHaveURL(/\/signin/);
  await expect(page.getByText(/sign-in has expired/)).toBeVisible();
});

test("a refresh Nuki refuses ends the session cleanly, with no redirect loop", async ({ page, request }) => {
  const sim = simulator(request);
  await sim.config({ tokenTtlSeconds: 61 });
  await signIn(page);
  await page.waitForLoadState("networkidle");
  await sim.revokeTokens();
  await page.waitForTimeout(1_200);
  await page.reload();
  await expect(page).toHaveURL(/\/signin\?.*error=SessionExpired/);
  await expect(page.getByText(/sign-in has expired/)).toBeVisible();
  // Signing in again works straight away.
  await page.getByRole("button", { name: "Sign in with Nuki" }).click();
  await page.getByRole("button", { name: "Allow" }).click();
  await expect(page.getByTestId("lock-card")).toHaveCount(6);
});
