import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/session";
import { simulator } from "./support/simulator";

/**
 * A property manager with a hundred locks, on a phone over a throttled connection: the overview
 * lists every lock from the server's first answer (no second fetch in the browser), and a lock with
 * 60 PINs opens with its first 50 and shows the rest on request. Phone project only (see the config).
 */
const FLEET = { locks: 100, pinsPerLock: 60 };

test.beforeEach(async ({ request }) => {
  await simulator(request).reset({ fleet: FLEET });
});

// The other specs expect the demo locks.
test.afterEach(async ({ request }) => {
  await simulator(request).reset();
});

/** Roughly a good 4G connection: every request pays a round trip, pages come in at a few Mbit/s. */
async function throttle(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 60, downloadThroughput: (9 * 1024 * 1024) / 8, uploadThroughput: (3 * 1024 * 1024) / 8 });
}

/** Keyhost JSON API calls the page makes by itself while `during` runs. */
async function apiCalls(page: Page, during: () => Promise<void>): Promise<string[]> {
  const calls: string[] = [];
  const listener = (request: { url(): string }) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith("/api/locks")) calls.push(url.pathname);
  };
  page.on("request", listener);
  try {
    await during();
  } finally {
    page.off("request", listener);
  }
  return calls;
}

test("a hundred locks on a phone: the overview lists them all at once, a 60-PIN lock pages its PINs", async ({ page }) => {
  await signIn(page);
  await throttle(page);

  const calls = await apiCalls(page, async () => {
    await page.goto("/locks");
    await expect(page.getByTestId("lock-card")).toHaveCount(FLEET.locks);
    await page.waitForLoadState("networkidle");
  });
  // Hydrated from the server's prefetch: the browser did not ask for the locks again.
  expect(calls).toEqual([]);

  const last = page.getByTestId("lock-card").last();
  await last.scrollIntoViewIfNeeded();
  await expect(last).toContainText("Flat 100");
  await expect(last).toContainText(`${FLEET.pinsPerLock}`);

  const lockCalls = await apiCalls(page, async () => {
    await last.click();
    await expect(page.getByRole("heading", { level: 1, name: /Flat 100/ })).toBeVisible();
    await expect(page.getByTestId("pin-row")).toHaveCount(50);
    await page.waitForLoadState("networkidle");
  });
  expect(lockCalls.filter((path) => path.endsWith("/pins"))).toEqual([]);

  await expect(page.getByText("Showing 50 of 60 PINs")).toBeVisible();
  // Paging follows the search: 58 guests have a 0 in their name, the owner and the cleaner do not.
  const search = page.getByRole("searchbox", { name: "Search by name or code" });
  await search.fill("0");
  await expect(page.getByText("Showing 50 of 58 matching PINs")).toBeVisible();
  await expect(page.getByTestId("pin-row")).toHaveCount(50);
  await page.getByRole("button", { name: "Show 8 more" }).click();
  await expect(page.getByTestId("pin-row")).toHaveCount(58);
  // A page shown once stays shown: without the search, all 60 are listed.
  await search.fill("");
  await expect(page.getByTestId("pin-row")).toHaveCount(60);
  await expect(page.getByRole("button", { name: /Show \d+ more/ })).toHaveCount(0);
  await search.fill("Owner");
  await expect(page.getByTestId("pin-row")).toHaveCount(1);
  await search.fill("");
  await expect(page.getByTestId("pin-row")).toHaveCount(60);

  // The rows render as they come into view, and each keeps its own code and actions.
  const bottom = page.getByTestId("pin-row").last();
  await bottom.scrollIntoViewIfNeeded();
  await expect(bottom).toBeVisible();
  await expect(bottom.getByTestId("pin-code")).toHaveText("••••••");
  await bottom.getByRole("button", { name: /Show code of/ }).click();
  await expect(bottom.getByTestId("pin-code")).toHaveText(/^[1-9]{6}$/);
});

test("a hard reload of the overview reads the account's locks and codes from Nuki once, for the page and the header's count together", async ({ page }) => {
  await signIn(page);
  await page.goto("/locks");
  await expect(page.getByTestId("lock-card")).toHaveCount(FLEET.locks);
  await page.waitForLoadState("networkidle");
  const sim = simulator(page.request);
  const before = await sim.calls();
  // What a browser's hard reload sends: every read of this render goes to Nuki, none from the cache.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Page.reload", { ignoreCache: true });
  await expect(page.getByTestId("lock-card")).toHaveCount(FLEET.locks);
  await page.waitForLoadState("networkidle");
  const after = await sim.calls();
  const made = (route: string) => (after[route] ?? 0) - (before[route] ?? 0);
  expect({ locks: made("GET /smartlock"), codes: made("GET /smartlock/auth") }).toEqual({ locks: 1, codes: 1 });
});
