import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
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
  await panel.getByRole("button", { name: "Sync Airbnb now" }).click();
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
  await panel.getByRole("button", { name: "Sync Airbnb now" }).click();
  await expect(panel.getByTestId("feed-health")).toContainText("1 booking ");
  await expect(stay.getByText("Cancelled")).toHaveCount(0);
  await panel.getByRole("button", { name: "Sync Airbnb now" }).click();
  await expect(stay.getByText("Cancelled")).toBeVisible();
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
