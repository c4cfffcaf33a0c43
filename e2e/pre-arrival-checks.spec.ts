import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { mailServerInEachTest } from "./support/mail-server";
import { signIn } from "./support/session";
import { simulator } from "./support/simulator";

const FRONT = 17923456781; // Berlin Apartment
const BUILDING = 17923456799; // Berlin Building Door

const smtp = mailServerInEachTest();

test.beforeEach(async ({ request }) => {
  await simulator(request).reset();
});

const origin = (page: Page) => ({ Origin: new URL(page.url()).origin });
const berlin = (at: Date, part: "date" | "time") =>
  part === "date"
    ? new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(at)
    : new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Berlin", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(at);

interface StayAnswer {
  id: string;
  code: string;
  checks?: { checks: { problems: { kind: string }[] }[] };
}

test("a door that went offline before a guest arrives fails the check: on the stay page and Today, one e-mail, then a resolved note", async ({ page }) => {
  // Two e-mails and a lock going offline and back: more than the default minute on a busy machine.
  test.setTimeout(150_000);
  await signIn(page, "/");
  const guest = `Rosa ${Math.random().toString(36).replace(/[^a-z]/g, "").slice(0, 5)}`;
  // Check-in in an hour: the check 2 h before check-in is due at once.
  const checkIn = new Date(Date.now() + 60 * 60_000);
  const arrival = berlin(checkIn, "date");
  const departure = berlin(new Date(checkIn.getTime() + 2 * 86_400_000), "date");
  const property = await page.request.post("/api/properties", { data: { name: "Canal Flat", lockIds: [FRONT, BUILDING], checkInTime: berlin(checkIn, "time") }, headers: origin(page) });
  expect(property.status()).toBe(201);
  const propertyId = ((await property.json()) as { id: string }).id;
  expect((await page.request.post(`/sim/_control/locks/${FRONT}`, { data: { serverState: 4 } })).ok()).toBe(true);
  const created = await page.request.post("/api/stays", { data: { guestName: guest, arrival, departure, propertyId }, headers: origin(page) });
  expect(created.status()).toBe(202);
  const stay = (await created.json()) as StayAnswer;

  await expect
    .poll(async () => ((await (await page.request.get(`/api/stays/${stay.id}`)).json()) as StayAnswer).checks?.checks[0]?.problems.map((p) => p.kind), { timeout: 20_000 })
    .toEqual(["offline"]);

  await page.goto(`/stays/${stay.id}`);
  const found = page.getByTestId("pre-arrival-check");
  await expect(page.getByText("Check 2 h before check-in found a problem")).toBeVisible();
  await expect(found.getByTestId("check-problem")).toHaveCount(1);
  await expect(found).toContainText("Berlin Apartment is offline");
  await expect(found).toContainText("Not fixed yet");
  await expect(found.getByRole("link", { name: "Go to Berlin Apartment" })).toHaveAttribute("href", `/locks/${FRONT}`);

  await page.goto("/");
  const card = page.getByTestId("today-stay").filter({ hasText: guest });
  await expect(card.getByTestId("pre-arrival-check")).toContainText("Berlin Apartment is offline");
  await expect(card.getByTestId("stay-readiness")).toHaveText("Not ready");

  // The property page: the same outcome under the stay, with the way to the door.
  await page.goto(`/properties/${propertyId}`);
  const item = page.getByRole("listitem").filter({ has: page.getByTestId("stay-item"), hasText: guest });
  await expect(item.getByText("Check 2 h before check-in found a problem")).toBeVisible();
  await expect(item.getByTestId("check-problem")).toContainText("Berlin Apartment is offline");
  await expect(item.getByRole("link", { name: "Go to Berlin Apartment" })).toHaveAttribute("href", `/locks/${FRONT}`);
  await expectAccessible(page, "a property with a failed check", test.info());

  const alert = await smtp.waitForAlert((m) => m.subject.includes(guest), 20_000);
  expect(alert.subject).toBe(`Check-in at risk: Berlin Apartment for ${guest}`);
  expect(alert.text).toContain("What fixes it: Check the lock's power and its Wi-Fi or bridge");
  expect(alert.text).toContain(`/locks/${FRONT}`);
  expect(alert.text).not.toContain(stay.code);

  expect((await page.request.post(`/sim/_control/locks/${FRONT}`, { data: { serverState: 0 } })).ok()).toBe(true);
  const resolved = await smtp.waitForAlert((m) => m.subject === `Resolved: Berlin Apartment for ${guest}`, 20_000);
  expect(resolved.text).not.toContain(stay.code);
  expect(smtp.alerts.filter((m) => m.subject.includes(guest))).toHaveLength(2);

  await page.goto(`/stays/${stay.id}`);
  await expect(page.getByTestId("pre-arrival-check")).toContainText("Cleared since");
  expect(smtp.received).toEqual([]);
});

test("a host sets when a property's doors are checked: refused on its field when out of bounds, saved when right", async ({ page }) => {
  await signIn(page, "/");
  const created = await page.request.post("/api/properties", { data: { name: `Check times ${Math.random().toString(36).slice(2, 7)}`, lockIds: [FRONT] }, headers: origin(page) });
  expect(created.status()).toBe(201);
  const property = (await created.json()) as { id: string; checkHours: number[] };
  expect(property.checkHours).toEqual([24, 2]);

  await page.goto(`/properties/${property.id}`);
  const hours = page.getByLabel("Check the doors (hours before check-in)");
  await expect(hours).toHaveValue("24, 2");
  await hours.fill("200");
  await page.getByRole("button", { name: "Save property" }).click();
  await expect(page.getByText("Each check must be 1–168 hours before check-in")).toBeVisible();
  await expect(hours).toHaveAttribute("aria-invalid", "true");

  await hours.fill("6, 48");
  await page.getByRole("button", { name: "Save property" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The check times apply to every stay still to arrive" })).toBeVisible();
  expect(((await (await page.request.get(`/api/properties/${property.id}`)).json()) as { checkHours: number[] }).checkHours).toEqual([48, 6]);
  await page.reload();
  await expect(page.getByLabel("Check the doors (hours before check-in)")).toHaveValue("48, 6");

  const refused = await page.request.patch(`/api/properties/${property.id}`, { data: { checkHours: [0] }, headers: origin(page) });
  expect(refused.status()).toBe(422);
  expect(await refused.json()).toMatchObject({ error: { code: "invalid_input", field: "checkHours.0" } });
});
