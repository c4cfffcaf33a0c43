import { expect, test, type BrowserContext, type Locator, type Page } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { signIn } from "./support/session";
import { simulator } from "./support/simulator";

/**
 * Axe (every rule, any impact) on every page and every dialog, and on the phone 44 px targets.
 * One signed-in page for all of them (the sign-in page aside), each page its own test.
 */

const FRONT = 17923456781; // Berlin Apartment: seeded with Anna Schmidt (current) and Sophie Martin (expired)
const BUILDING = 17923456799;

const berlinDate = (days: number) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date(Date.now() + days * 86_400_000));
const row = (page: Page, name: string | RegExp) => page.getByTestId("pin-row").filter({ has: page.getByTestId("pin-name").getByText(name, { exact: true }) });

// Axe reads the whole document several times per test; a loaded machine needs more than the default minute.
test.describe.configure({ timeout: 150_000 });

let context: BrowserContext;
let page: Page;
let propertyId: string;
let stayId: string;

test.beforeAll(async ({ browser }) => {
  context = await browser.newContext();
  page = await context.newPage();
  await simulator(page.request).reset();
  await signIn(page, "/");
  const headers = { Origin: new URL(page.url()).origin };
  const property = await page.request.post("/api/properties", { data: { name: "Harbour Flat", lockIds: [FRONT, BUILDING] }, headers });
  expect(property.status()).toBe(201);
  propertyId = ((await property.json()) as { id: string }).id;
  const created = await page.request.post("/api/stays", { data: { guestName: "Axe Guest", arrival: berlinDate(0), departure: berlinDate(2), propertyId }, headers });
  expect(created.status()).toBe(202);
  stayId = ((await created.json()) as { id: string }).id;
});

test.afterAll(async () => {
  await context.close();
});

/** Opens a dialog, checks the page with it open, closes it with Escape and checks focus went back to the opener. */
async function checkDialog(where: string, opener: Locator, name: string | RegExp, ready: (dialog: Locator) => Promise<void>) {
  await opener.click();
  const dialog = page.getByRole("dialog", { name });
  await expect(dialog).toBeVisible();
  await ready(dialog);
  await expectAccessible(page, where, test.info());
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(opener, `focus back on the opener of ${where}`).toBeFocused();
}

test("sign-in", async ({ page: signedOut }) => {
  await signedOut.goto("/signin");
  await expect(signedOut.getByRole("button", { name: "Sign in with Nuki" })).toBeVisible();
  await expectAccessible(signedOut, "sign-in", test.info());
});

test("Today", async () => {
  await page.goto("/");
  await expect(page.getByTestId("today-stay").filter({ hasText: "Axe Guest" })).toBeVisible();
  await expectAccessible(page, "Today", test.info());
});

test("locks", async () => {
  await page.goto("/locks");
  await expect(page.getByTestId("lock-card").first()).toBeVisible();
  await expectAccessible(page, "locks", test.info());
});

test("a lock, its PIN editor, delete and guest message", async () => {
  await page.goto(`/locks/${FRONT}`);
  await expect(row(page, "Anna Schmidt")).toBeVisible();
  await expect(row(page, /^Axe Guest/)).toBeVisible();
  await expectAccessible(page, "a lock", test.info());
  await checkDialog("the new PIN editor", page.getByRole("button", { name: "New PIN" }), "New PIN", (d) => expect(d.getByLabel("Name")).toBeVisible());
  await checkDialog("the PIN editor", page.getByRole("button", { name: "Edit Anna Schmidt" }), "Edit Anna Schmidt", (d) => expect(d.getByLabel("Name")).toHaveValue("Anna Schmidt"));
  await checkDialog("the delete dialog", page.getByRole("button", { name: "Delete Anna Schmidt" }), "Delete Anna Schmidt?", (d) => expect(d.getByRole("button", { name: "Delete PIN" })).toBeVisible());
  await checkDialog("the guest message", page.getByRole("button", { name: "Guest message for Anna Schmidt" }), "Message for Anna Schmidt", (d) => expect(d.getByLabel("Message", { exact: true })).toBeVisible());
});

test("a lock's PIN history, settings and expired clean-up", async () => {
  await page.goto(`/locks/${FRONT}`);
  // The stay's code is Keyhost's own, so it has a history.
  await checkDialog("a PIN's history", page.getByRole("button", { name: /^History of Axe Guest/ }), /Axe Guest/, (d) => expect(d.getByRole("status", { name: "Loading history" })).toHaveCount(0));
  await page.getByTestId("lock-settings").locator("summary").click();
  await expectAccessible(page, "a lock's settings", test.info());
  await checkDialog("the expired clean-up", page.getByRole("button", { name: /^Delete expired PINs \(\d+\)$/ }), /expired PIN/, (d) => expect(d.getByRole("list", { name: "PINs to delete" })).toBeVisible());
});

test("a lock's activity", async () => {
  await page.goto(`/locks/${FRONT}/activity`);
  await expect(page.getByTestId("door-entry").first()).toBeVisible();
  await expectAccessible(page, "a lock's activity", test.info());
});

test("PIN search", async () => {
  await page.goto("/pins");
  await expect(page.getByTestId("pin-search-results")).toBeVisible();
  await expectAccessible(page, "PIN search", test.info());
});

test("properties, a property and its delete dialog", async () => {
  await page.goto("/properties");
  await expect(page.getByRole("link", { name: "Harbour Flat" })).toBeVisible();
  await expectAccessible(page, "properties", test.info());
  await page.goto(`/properties/${propertyId}`);
  await expect(page.getByRole("heading", { name: "Harbour Flat", level: 1 })).toBeVisible();
  await expectAccessible(page, "a property", test.info());
  await checkDialog("the property delete", page.getByRole("button", { name: "Delete property" }), "Delete Harbour Flat?", (d) => expect(d.getByRole("button", { name: "Keep it" })).toBeVisible());
});

test("new stay", async () => {
  await page.goto("/stays/new");
  await expect(page.getByLabel("Guest name")).toBeVisible();
  await expectAccessible(page, "new stay", test.info());
});

test("a stay and its cancel dialog", async () => {
  await page.goto(`/stays/${stayId}`);
  await expect(page.getByTestId("stay-door")).toHaveCount(2);
  await expect(page.getByRole("textbox", { name: "Message" })).toBeVisible();
  await expectAccessible(page, "a stay", test.info());
  await checkDialog("the stay cancel", page.getByRole("button", { name: "Cancel stay", exact: true }), "Cancel Axe Guest's stay?", (d) => expect(d.getByRole("button", { name: "Keep stay" })).toBeVisible());
});

test("pages for what is not there", async () => {
  await page.goto("/stays/00000000-0000-4000-8000-000000000000");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page, "a missing stay", test.info());
  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page, "the 404 page", test.info());
});
