import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/session";
import { simulator, type SimulatorAuth } from "./support/simulator";

const FRONT = 17923456781; // Berlin Apartment
const BUILDING = 17923456799; // Berlin Building Door, same zone
const COTTAGE = 17968812305; // no keypad

test.beforeEach(async ({ request }) => {
  await simulator(request).reset();
});

const doors = (page: Page) => page.getByTestId("stay-door");
const door = (page: Page, name: string) => doors(page).filter({ has: page.getByTestId("door-name").getByText(name, { exact: true }) });

async function authsNamed(request: Parameters<typeof simulator>[0], name: string): Promise<SimulatorAuth[]> {
  return (await simulator(request).state()).auths.filter((a) => a.name === name).sort((a, b) => a.smartlockId - b.smartlockId);
}

async function expectAllSaved(page: Page, count: number) {
  await expect(doors(page)).toHaveCount(count);
  for (let i = 0; i < count; i++) await expect(doors(page).nth(i)).toHaveAttribute("data-status", "saved");
}

/** A property made through the JSON API from the signed-in page, as a host who set it up earlier. */
async function propertyViaApi(page: Page, body: Record<string, unknown>): Promise<string> {
  const answer = await page.request.post("/api/properties", { data: body, headers: { Origin: new URL(page.url()).origin } });
  expect(answer.status()).toBe(201);
  return ((await answer.json()) as { id: string }).id;
}

test("a two-door flat gets one code on both doors at the right UTC window; the stay moves by a day, the guest gets the new message, and it is cancelled", async ({ page, context, request }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signIn(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Properties" }).click();
  await expect(page.getByRole("heading", { name: "Properties", level: 1 })).toBeVisible();
  await page.getByLabel("Property name").fill("Kastanienallee Flat");
  await page.getByRole("checkbox", { name: /Berlin Apartment/ }).check();
  await page.getByRole("checkbox", { name: /Berlin Building Door/ }).check();
  await page.getByLabel("Early buffer (minutes)").fill("60");
  await page.getByRole("button", { name: "Create property" }).click();
  await expect(page.getByRole("heading", { name: "Kastanienallee Flat", level: 1 })).toBeVisible();

  await page.getByRole("link", { name: "New stay" }).last().click();
  await expect(page.getByLabel("Property")).toHaveValue(/.+/);
  await page.getByLabel("Guest name").fill("Weekend Guest");
  await page.getByLabel("Arrival").fill("2027-01-08");
  await page.getByLabel("Departure").fill("2027-01-10");
  await page.getByRole("button", { name: "Create stay" }).click();

  await expect(page.getByRole("heading", { name: "Weekend Guest", level: 1 })).toBeVisible();
  await expectAllSaved(page, 2);
  // Check-in 15:00 less an hour's buffer, check-out 11:00, in Berlin (CET, UTC+1).
  await expect(door(page, "Berlin Building Door").getByTestId("door-window")).toContainText("8 Jan 2027 14:00 → 10 Jan 2027 11:00 Europe/Berlin");
  const created = await authsNamed(request, "Weekend Guest 8 Jan");
  expect(created.map((a) => a.smartlockId)).toEqual([FRONT, BUILDING]);
  for (const auth of created) expect(auth).toMatchObject({ allowedFromDate: "2027-01-08T13:00:00.000Z", allowedUntilDate: "2027-01-10T10:00:00.000Z", enabled: true });
  expect(created[0]!.code).toBe(created[1]!.code);
  await page.getByRole("button", { name: "Show code of Weekend Guest" }).click();
  await expect(page.getByTestId("pin-code")).toHaveText(String(created[0]!.code));

  await page.getByLabel("New arrival").fill("2027-01-09");
  await page.getByLabel("New departure").fill("2027-01-11");
  await page.getByRole("button", { name: "Change dates" }).click();
  await expect(page.getByTestId("stay-dates")).toContainText("Sat 9 Jan 2027 → Mon 11 Jan 2027");
  await expect.poll(async () => (await authsNamed(request, "Weekend Guest 9 Jan")).length).toBe(2);
  await expectAllSaved(page, 2);
  // The move's notice stays until the guest has the new message, then goes by itself, without a reload.
  const notice = page.getByTestId("new-message-needed");
  await expect(notice).toContainText("Weekend Guest needs the new message");
  const panel = page.getByRole("region", { name: "Guest message" });
  await expect(panel.getByRole("textbox", { name: "Message" })).toHaveValue(/Sat 9 Jan 2027/);
  await panel.getByRole("button", { name: "Copy message" }).click();
  await expect(panel.getByTestId("copy-status")).toHaveText("Copied");
  await expect(notice).toHaveCount(0);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain("Sat 9 Jan 2027");
  expect(copied).toContain("Mon 11 Jan 2027");
  const moved = await authsNamed(request, "Weekend Guest 9 Jan");
  expect(moved.map((a) => [a.id, a.code, a.allowedFromDate, a.allowedUntilDate])).toEqual(
    created.map((a) => [a.id, a.code, "2027-01-09T13:00:00.000Z", "2027-01-11T10:00:00.000Z"]),
  );

  await page.getByRole("button", { name: "Cancel stay" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("deleted from both doors");
  await dialog.getByRole("button", { name: "Cancel stay and delete PINs" }).click();
  await expect(page.getByTestId("stay-cancelled")).toBeVisible();
  await expect(doors(page).nth(0)).toHaveAttribute("data-status", "gone");
  await expect(doors(page).nth(1)).toHaveAttribute("data-status", "gone");
  const left = (await simulator(request).state()).auths.filter((a) => a.code === created[0]!.code);
  expect(left).toEqual([]);
});

test("on a phone, next weekend's guest is added to a two-door flat and the message is copied", async ({ page, context, request }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signIn(page);
  await propertyViaApi(page, { name: "Two-door Flat", lockIds: [FRONT, BUILDING] });
  const friday = new Date();
  do friday.setUTCDate(friday.getUTCDate() + 1);
  while (friday.getUTCDay() !== 5);
  const sunday = new Date(friday.getTime() + 2 * 86_400_000);
  const day = (d: Date) => d.toISOString().slice(0, 10);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "New stay" }).click();
  await page.getByLabel("Guest name").fill("Marta Kowalska");
  await page.getByLabel("Arrival").fill(day(friday));
  await page.getByLabel("Departure").fill(day(sunday));
  await page.getByRole("button", { name: "Create stay" }).click();
  await expectAllSaved(page, 2);
  await page.getByRole("button", { name: "Show code of Marta Kowalska" }).click();
  const shown = await page.getByTestId("pin-code").textContent();
  // The whole message, doors and times included, is what goes to the guest.
  const panel = page.getByRole("region", { name: "Guest message" });
  await expect(panel.getByTestId("not-ready-reason")).toHaveCount(0);
  await panel.getByRole("button", { name: "Copy message" }).click();
  await expect(panel.getByTestId("copy-status")).toHaveText("Copied");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(`Hello Marta Kowalska,`);
  expect(copied).toContain(`\n${shown}\n`);
  expect(copied).toContain("Opens: Berlin Apartment and Berlin Building Door");

  expect(shown).toMatch(/^[1-9]{6}$/);
  const onLocks = (await simulator(request).state()).auths.filter((a) => String(a.code) === shown);
  expect(onLocks.map((a) => a.smartlockId).sort()).toEqual([FRONT, BUILDING]);
  // The guest's name cut to fit Nuki's 20 characters, with the arrival day.
  for (const auth of onLocks) expect(auth.name).toBe(`Marta Kowalsk ${friday.getUTCDate()} ${friday.toUTCString().slice(8, 11)}`);
});

test("a stay that cannot work says what to fix and keeps what was typed", async ({ page, request }) => {
  await signIn(page);
  await propertyViaApi(page, { name: "Cottage", lockIds: [COTTAGE] });
  await page.goto("/stays/new");
  await page.getByLabel("Guest name").fill("Ben");
  await page.getByLabel("Arrival").fill("2027-01-10");
  await page.getByLabel("Departure").fill("2027-01-10");
  await page.getByRole("button", { name: "Create stay" }).click();
  await expect(page.getByText("Departure must be after arrival")).toBeVisible();

  await page.getByLabel("Departure").fill("2027-01-12");
  await page.getByRole("button", { name: "Create stay" }).click();
  await expect(page.getByText(/No door of Cottage has a paired keypad/)).toBeVisible();
  await expect(page.getByLabel("Guest name")).toHaveValue("Ben");
  await expect(page.getByLabel("Departure")).toHaveValue("2027-01-12");
  expect((await simulator(request).state()).requests.filter((r) => r.method !== "GET" && r.path.startsWith("/smartlock"))).toEqual([]);
});

test("the property and stay routes answer bad input with 422 naming the field, and unknown ids with 404", async ({ page, request }) => {
  const anonymous = await request.get("/api/stays");
  expect(anonymous.status()).toBe(401);
  await signIn(page);
  const headers = { Origin: new URL(page.url()).origin };
  const error = async (answer: Awaited<ReturnType<typeof request.get>>) => ({ status: answer.status(), ...((await answer.json()) as { error: object }).error });

  expect(await error(await page.request.post("/api/properties", { data: { name: "Flat", lockIds: [] }, headers }))).toEqual({ status: 422, code: "invalid_input", message: "Choose at least one door", field: "lockIds" });
  expect(await error(await page.request.post("/api/properties", { data: { name: "Flat", lockIds: [FRONT, 17990123457] }, headers }))).toMatchObject({ status: 422, field: "lockIds.1" });
  expect(await error(await page.request.post("/api/stays", { data: {}, headers }))).toMatchObject({ status: 422, field: "guestName" });
  const dates = { guestName: "Ana", arrival: "2027-01-10", departure: "2027-01-09", propertyId: "0b5e3c1a-7f7e-4d55-9a55-2c1f1f0f7a11" };
  expect(await error(await page.request.post("/api/stays", { data: dates, headers }))).toMatchObject({ status: 422, field: "departure", message: "Departure must be after arrival" });
  expect(await error(await page.request.patch("/api/stays/0b5e3c1a-7f7e-4d55-9a55-2c1f1f0f7a11", { data: { code: "583926" }, headers }))).toMatchObject({ status: 422, message: "Unknown field: code" });
  expect(await error(await page.request.get("/api/stays?propertyId=..%2Fx"))).toMatchObject({ status: 422, field: "propertyId" });
  expect(await error(await page.request.get("/api/stays/not-a-stay"))).toMatchObject({ status: 404, code: "not_found" });
  expect(await error(await page.request.get("/api/stays/0b5e3c1a-7f7e-4d55-9a55-2c1f1f0f7a11"))).toMatchObject({ status: 404, code: "not_found" });
  expect(await error(await page.request.get("/api/properties/0b5e3c1a-7f7e-4d55-9a55-2c1f1f0f7a11"))).toMatchObject({ status: 404, code: "not_found" });
  expect((await page.request.get("/api/properties")).status()).toBe(200);
  expect((await simulator(request).state()).requests.filter((r) => r.method !== "GET" && r.path.startsWith("/smartlock"))).toEqual([]);
});
