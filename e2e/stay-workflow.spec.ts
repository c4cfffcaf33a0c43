import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { mailServerInEachTest } from "./support/mail-server";
import { signIn } from "./support/session";
import { simulator } from "./support/simulator";

const FRONT = 17923456781; // Berlin Apartment
const BUILDING = 17923456799; // Berlin Building Door, same zone

test.beforeEach(async ({ request }) => {
  await simulator(request).reset();
});
const smtp = mailServerInEachTest();

/** A calendar day in Berlin, `offset` days from today: the doors' own dates. */
const berlinDay = (offset: number) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date(Date.now() + offset * 86_400_000));

/** "23 Nov 2026, 15:47 (Europe/Berlin)" as the stay page writes an instant on the doors' clock. */
function berlinWords(iso: string): string {
  const part = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Berlin", ...options }).format(new Date(iso));
  return `${part({ day: "numeric", month: "short", year: "numeric" })}, ${part({ hour: "2-digit", minute: "2-digit", hourCycle: "h23" })} (Europe/Berlin)`;
}

async function post<T>(page: Page, path: string, data: unknown): Promise<T> {
  const answer = await page.request.post(path, { data, headers: { Origin: new URL(page.url()).origin } });
  expect(answer.status(), await answer.text()).toBeLessThan(300);
  return (await answer.json()) as T;
}

async function expectDoorsSaved(page: Page) {
  const doors = page.getByTestId("stay-door");
  await expect(doors).toHaveCount(2);
  for (let i = 0; i < 2; i++) await expect(doors.nth(i)).toHaveAttribute("data-status", "saved", { timeout: 30_000 });
}

async function typeOnKeypad(request: APIRequestContext, lockId: number, code: string) {
  const response = await request.post(`/sim/_control/locks/${lockId}/keypad`, { data: { code: Number(code) } });
  expect(response.ok()).toBe(true);
  return (await response.json()) as { opened: boolean; entry: { date: string } };
}

test("a stay on both Berlin doors: its message names both doors in Berlin time and goes out by e-mail; a guest who has not come in is flagged until the code is typed", async ({ page, request }) => {
  await signIn(page);
  const flat = await post<{ id: string }>(page, "/api/properties", { name: "Kastanienallee Flat", lockIds: [FRONT, BUILDING] });
  const marta = await post<{ id: string; code: string }>(page, "/api/stays", { guestName: "Marta Kowalska", arrival: "2027-01-08", departure: "2027-01-10", propertyId: flat.id });
  // Arrived yesterday at 15:00 Berlin time, well over the two hours' delay ago, and stays until tomorrow.
  const lena = await post<{ id: string; code: string }>(page, "/api/stays", { guestName: "Lena Vogel", arrival: berlinDay(-1), departure: berlinDay(1), propertyId: flat.id });

  await page.goto(`/stays/${marta.id}`);
  await expectDoorsSaved(page);
  const panel = page.getByRole("region", { name: "Guest message" });
  const text = panel.getByLabel("Message", { exact: true });
  await expect(panel.getByTestId("not-ready-reason")).toHaveCount(0);
  await expect(text).toHaveValue(new RegExp(`^Hello Marta Kowalska,[\\s\\S]*\\n${marta.code}\\n`));
  await expect(text).toHaveValue(/Opens: Berlin Apartment and Berlin Building Door\nValid from: Fri 8 Jan 2027, 15:00 \(Europe\/Berlin\)\nValid until: Sun 10 Jan 2027, 11:00 \(Europe\/Berlin\)/);
  await expect(panel.getByTestId("message-subject")).toHaveText("Subject: Your door code for Kastanienallee Flat");
  const message = await text.inputValue();

  await panel.getByLabel("Guest's e-mail address").fill("marta@example.com");
  await panel.getByRole("button", { name: "Send by e-mail" }).click();
  await expect(panel.getByText("Sent to marta@example.com.")).toBeVisible();
  const mail = await smtp.waitForMail((m) => m.envelopeTo.includes("marta@example.com"));
  expect(mail.subject).toBe("Your door code for Kastanienallee Flat");
  expect(mail.text).toBe(message);

  // Check-in is in January: not flagged, nothing used yet.
  await expect(page.getByTestId("stay-usage")).toContainText("Not used yet");
  await expect(page.getByTestId("no-show")).toHaveCount(0);

  await page.goto(`/stays/${lena.id}`);
  await expectDoorsSaved(page);
  await expect(page.getByTestId("no-show")).toContainText("Not entered yet");
  await expect(page.getByTestId("stay-usage")).toContainText("Not used yet");

  await page.goto(`/properties/${flat.id}`);
  const item = (name: string) => page.getByTestId("stay-item").filter({ hasText: name });
  await expect(item("Lena Vogel").getByTestId("stay-item-no-show")).toHaveText("Not entered yet");
  await expect(item("Marta Kowalska")).toBeVisible();
  await expect(item("Marta Kowalska").getByTestId("stay-item-no-show")).toHaveCount(0);

  const opened = await typeOnKeypad(request, FRONT, lena.code);
  expect(opened.opened).toBe(true);

  await page.goto(`/stays/${lena.id}`);
  const when = berlinWords(opened.entry.date);
  await expect(page.getByTestId("stay-usage")).toContainText(`First use ${when}, last use ${when}, 1 entry.`);
  await expect(page.getByTestId("no-show")).toHaveCount(0);

  await page.goto(`/properties/${flat.id}`);
  await expect(item("Lena Vogel").getByTestId("stay-item-usage")).toContainText(`First use ${when}`);
  await expect(item("Lena Vogel").getByTestId("stay-item-no-show")).toHaveCount(0);
  const entries = page.getByRole("region", { name: "Door entries" }).getByTestId("door-entry");
  await expect(entries.first().getByTestId("door-entry-guest")).toHaveText("Lena Vogel");
  await expect(entries.first().getByTestId("door-entry-lock")).toHaveText("Berlin Apartment");
  await entries.first().getByRole("link", { name: "Lena Vogel" }).click();
  await expect(page.getByRole("heading", { name: "Lena Vogel", level: 1 })).toBeVisible();
});

test("the stay message and property entries routes answer with the PIN route's shapes and refuse bad input naming the field", async ({ page }) => {
  await signIn(page);
  // The doors take their time to list the code, so the stay is surely not ready when first asked.
  await simulator(page.request).config({ propagationDelayMs: 60_000 });
  const flat = await post<{ id: string }>(page, "/api/properties", { name: "Two Doors", lockIds: [FRONT, BUILDING] });
  const stay = await post<{ id: string }>(page, "/api/stays", { guestName: "Early Guest", arrival: "2027-02-05", departure: "2027-02-07", propertyId: flat.id });
  const headers = { Origin: new URL(page.url()).origin };
  const error = async (answer: Awaited<ReturnType<Page["request"]["get"]>>) => ({ status: answer.status(), ...((await answer.json()) as { error: object }).error });

  // Both doors are still being saved: the reason names them, and sending needs an explicit yes.
  const first = (await (await page.request.get(`/api/stays/${stay.id}/message`)).json()) as Record<string, unknown>;
  expect(Object.keys(first).sort()).toEqual(["email", "language", "notReadyReason", "ready", "subject", "text"]);
  expect(first.ready).toBe(false);
  expect(first.language).toBe("en");
  expect(first.notReadyReason).toMatch(/^The code may not open Berlin Apartment and Berlin Building Door yet\./);
  expect(await error(await page.request.post(`/api/stays/${stay.id}/message`, { data: { to: "early@example.com" }, headers }))).toMatchObject({ status: 409, code: "pin_not_saved" });
  expect(await error(await page.request.post(`/api/stays/${stay.id}/message`, { data: { to: "nope" }, headers }))).toMatchObject({ status: 422, field: "to" });
  expect(await error(await page.request.post(`/api/stays/${stay.id}/message`, { data: { to: "early@example.com", language: "it" }, headers }))).toMatchObject({ status: 422, field: "language" });
  expect(await error(await page.request.get(`/api/stays/${stay.id}/message?language=fr`))).toMatchObject({ status: 422, field: "language" });
  expect(await error(await page.request.get("/api/stays/0b5e3c1a-7f7e-4d55-9a55-2c1f1f0f7a11/message"))).toMatchObject({ status: 404, code: "not_found" });

  const sent = await page.request.post(`/api/stays/${stay.id}/message`, { data: { to: "early@example.com", confirmNotReady: true }, headers });
  expect(sent.status()).toBe(202);
  expect(await sent.json()).toEqual({ sent: true });
  expect((await smtp.waitForMail((m) => m.envelopeTo.includes("early@example.com"))).text).toContain("Hello Early Guest,");

  const entries = await page.request.get(`/api/properties/${flat.id}/entries?limit=5`);
  expect(entries.status()).toBe(200);
  expect(Object.keys((await entries.json()) as object).sort()).toEqual(["entries", "nextCursor"]);
  expect(await error(await page.request.get(`/api/properties/${flat.id}/entries?limit=0`))).toMatchObject({ field: "limit" });
  expect(await error(await page.request.get("/api/properties/0b5e3c1a-7f7e-4d55-9a55-2c1f1f0f7a11/entries"))).toMatchObject({ status: 404 });

  // A template with a misspelt placeholder is refused on its field: in the form, and by the server.
  await page.goto(`/properties/${flat.id}`);
  const template = page.getByLabel("Message in English", { exact: true });
  await template.fill("Hi {gest}, your code is {code}");
  await page.getByRole("button", { name: "Save property" }).click();
  await expect(page.getByText("Unknown placeholder {gest}: use {guest} {code} {doors} {from} {until} {property}")).toBeVisible();
  await expect(template).toHaveAttribute("aria-invalid", "true");
  await expect(template).toHaveValue("Hi {gest}, your code is {code}");
  expect(await error(await page.request.patch(`/api/properties/${flat.id}`, { data: { messageTemplate: "Hi {gest}" }, headers }))).toMatchObject({ status: 422, field: "messageTemplate", message: expect.stringMatching(/Unknown placeholder \{gest\}/) });
});
