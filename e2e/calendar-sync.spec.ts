import { expect, test, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { signIn } from "./support/session";
import { simulator } from "./support/simulator";

const FRONT = 17923456781; // Berlin Apartment
const BUILDING = 17923456799; // Berlin Building Door

test.beforeEach(async ({ request }) => {
  await simulator(request).reset();
});

/** Today's date in Berlin, where the doors are, plus `days`. */
function berlinDay(days: number): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date());
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

async function propertyViaApi(page: Page, body: Record<string, unknown>): Promise<string> {
  const answer = await page.request.post("/api/properties", { data: body, headers: { Origin: new URL(page.url()).origin } });
  expect(answer.status()).toBe(201);
  return ((await answer.json()) as { id: string }).id;
}

/** "Sync now" on a feed of the panel, then what the panel shows once the read is done. */
async function syncUntil(panel: Locator, shows: (panel: Locator) => Promise<void>, platform = "Airbnb") {
  const button = panel.getByRole("button", { name: `Sync ${platform} now` });
  await button.click();
  // A read of the calendar and the doors: slower than a click on a busy machine.
  await expect(button).toHaveText("Sync now", { timeout: 30_000 });
  await shows(panel);
}

async function guestCodes(request: APIRequestContext, guest: string) {
  return (await simulator(request).state()).auths.filter((a) => a.name.startsWith(guest)).map((a) => ({ lockId: a.smartlockId, code: a.code, name: a.name, from: a.allowedFromDate }));
}

test("a booking in an Airbnb calendar becomes a stay with its code on both doors, moves with the booking and is cancelled when it leaves", async ({ page, request }, testInfo) => {
  const calendar = `airbnb-e2e-${testInfo.project.name}-${Date.now() % 1_000_000}`;
  // Inside the lead time (3 days), so the code goes onto the doors at once.
  const added = await request.post(`/sim/calendars/${calendar}/bookings`, { data: { uid: "lena@airbnb.com", arrival: berlinDay(1), departure: berlinDay(3), guestName: "Lena Vogel" } });
  expect(added.status()).toBe(201);
  // A later guest keeps the calendar from looking emptied when Lena's booking leaves it.
  await request.post(`/sim/calendars/${calendar}/bookings`, { data: { uid: "jonas@airbnb.com", arrival: berlinDay(20), departure: berlinDay(22), guestName: "Jonas Berg" } });

  await signIn(page);
  const propertyId = await propertyViaApi(page, { name: "Calendar Flat", lockIds: [FRONT, BUILDING] });
  await page.goto(`/properties/${propertyId}`);
  const panel = page.getByRole("region", { name: "Calendar feeds" });
  await panel.getByLabel("Platform").selectOption("Airbnb");
  await panel.getByLabel("Calendar link (iCal)").fill(`${new URL(page.url()).origin}/sim/calendars/${calendar}.ics`);
  await panel.getByRole("button", { name: "Add calendar" }).click();
  await expect(panel.getByTestId("feed-health")).toContainText("2 bookings");

  const stay = page.getByTestId("stay-item").filter({ hasText: "Lena Vogel" });
  await expect(stay).toBeVisible();
  await expect(stay.getByTestId("stay-item-source")).toHaveText("From Airbnb");
  await expect.poll(async () => (await guestCodes(request, "Lena Vogel")).map((a) => a.lockId).sort(), { timeout: 20_000 }).toEqual([FRONT, BUILDING]);
  const first = await guestCodes(request, "Lena Vogel");
  expect(first[0]!.code).toBe(first[1]!.code);

  // The booking moves a day later on the platform: the stay follows with the same code on the same PINs.
  const moved = await request.put(`/sim/calendars/${calendar}/bookings/lena@airbnb.com`, { data: { arrival: berlinDay(2), departure: berlinDay(4) } });
  expect(moved.ok()).toBe(true);
  await syncUntil(panel, async () => {});
  await stay.click();
  await expect(page.getByTestId("stay-source")).toBeVisible();
  const arrivalDay = Number(berlinDay(2).slice(8));
  await expect(page.getByTestId("stay-dates")).toContainText(` ${arrivalDay} `);
  await expect.poll(async () => (await guestCodes(request, "Lena Vogel")).filter((a) => a.name.includes(` ${arrivalDay} `)).length, { timeout: 20_000 }).toBe(2);
  const after = await guestCodes(request, "Lena Vogel");
  expect(after.map((a) => a.code)).toEqual(first.map((a) => a.code));

  // Gone from the calendar: cancelled only at the second sync without it.
  expect((await request.delete(`/sim/calendars/${calendar}/bookings/lena@airbnb.com`)).status()).toBe(204);
  await page.goto(`/properties/${propertyId}`);
  await syncUntil(panel, async () => {
    await expect(panel.getByTestId("feed-health")).toContainText("1 booking ");
    await expect(stay.getByText("Cancelled")).toHaveCount(0);
  });
  await syncUntil(panel, () => expect(stay.getByText("Cancelled")).toBeVisible());
  await expect.poll(async () => (await guestCodes(request, "Lena Vogel")).length, { timeout: 20_000 }).toBe(0);
});

test("a scheduled stay says when its code goes on the doors, and a refused link says why", async ({ page, request }, testInfo) => {
  const calendar = `airbnb-later-${testInfo.project.name}-${Date.now() % 1_000_000}`;
  await request.post(`/sim/calendars/${calendar}/bookings`, { data: { uid: "max@airbnb.com", arrival: berlinDay(10), departure: berlinDay(12), guestName: "Max Weber" } });
  await signIn(page);
  const propertyId = await propertyViaApi(page, { name: "Later Flat", lockIds: [FRONT, BUILDING] });
  await page.goto(`/properties/${propertyId}`);
  const panel = page.getByRole("region", { name: "Calendar feeds" });
  await panel.getByLabel("Calendar link (iCal)").fill("http://192.168.1.10/calendar.ics");
  await panel.getByRole("button", { name: "Add calendar" }).click();
  await expect(panel.getByRole("alert").filter({ hasText: /private network/ })).toBeVisible();
  await expect(panel.getByLabel("Calendar link (iCal)")).toHaveValue("http://192.168.1.10/calendar.ics");

  await panel.getByLabel("Calendar link (iCal)").fill(`${new URL(page.url()).origin}/sim/calendars/${calendar}.ics`);
  await panel.getByRole("button", { name: "Add calendar" }).click();
  const stay = page.getByTestId("stay-item").filter({ hasText: "Max Weber" });
  await expect(stay.getByTestId("stay-item-scheduled")).toContainText(`Code goes on the doors on`);
  expect(await guestCodes(request, "Max Weber")).toEqual([]);
});

test("a calendar that cannot be read is on Needs attention with its fixes, also on a phone", async ({ page }, testInfo) => {
  await signIn(page, "/");
  const propertyId = await propertyViaApi(page, { name: `Broken Feed Flat ${testInfo.project.name}`, lockIds: [FRONT, BUILDING] });
  // The demo calendar's list of bookings is JSON, not the calendar file: the read fails as a mistyped link would.
  const origin = new URL(page.url()).origin;
  const added = await page.request.post(`/api/properties/${propertyId}/feeds`, { data: { label: "Airbnb", url: `${origin}/sim/calendars/airbnb` }, headers: { Origin: origin } });
  expect(added.status()).toBe(201);
  expect(((await added.json()) as { lastError: string | null }).lastError).toMatch(/not give a calendar/);

  await page.goto("/");
  const item = page.getByTestId("attention-item").filter({ hasText: `The Airbnb calendar of Broken Feed Flat ${testInfo.project.name} could not be read` });
  await expect(item).toBeVisible();
  await expect(item).toContainText("Copy the calendar (iCal) link");
  const itemBox = await item.boundingBox();
  expect(itemBox!.x + itemBox!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
  await expect(page.getByTestId("attention-count")).toBeVisible();
  // Sync now reads it again and says it is still not right, in place.
  await item.getByRole("button", { name: /^Sync now: Airbnb calendar of Broken Feed Flat/ }).click();
  await expect(item.getByRole("alert")).toContainText("Still not read");
  // The calendar is where it is fixed: the property's feeds, with the same sentence.
  await item.getByRole("link", { name: /^Open the calendar: Airbnb calendar of Broken Feed Flat/ }).click();
  await expect(page).toHaveURL(new RegExp(`/properties/${propertyId}#calendar-feeds$`));
  const panel = page.getByRole("region", { name: "Calendar feeds" });
  await expect(panel.getByTestId("feed-problem")).toContainText("not give a calendar");
  await expect(panel.getByRole("button", { name: "Remove Airbnb calendar" })).toBeInViewport();
  // On a phone the calendar's problem and its buttons fit the screen.
  const box = await panel.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
  await panel.getByRole("button", { name: "Remove Airbnb calendar" }).click();
  await page.goto("/");
  await expect(item).toHaveCount(0);
});
