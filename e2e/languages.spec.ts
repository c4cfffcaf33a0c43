import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { simulator } from "./support/simulator";
import { fillWallTime } from "./support/wall-time";

/**
 * The same host path in English and in German: sign in, create a PIN, a property and a stay, and
 * read the stay's guest message. The words are checked in each language; the codes, doors and
 * times are the same. Then a German message for an English host, and the API's errors in German.
 */

test.beforeEach(async ({ request }) => {
  await simulator(request).reset();
});

const TEXTS = {
  en: {
    switchTo: null,
    signIn: "Sign in with Nuki",
    today: "Today",
    nav: "Main",
    locks: "Locks",
    newPin: "New PIN",
    pinName: "Name",
    validFrom: "Valid from",
    validUntil: "Valid until",
    wallParts: { date: "date", time: "time" },
    createPin: "Create PIN",
    saved: "Saved",
    newStay: "New stay",
    guestName: "Guest name",
    arrival: "Arrival",
    departure: "Departure",
    createStay: "Create stay",
    guestMessage: "Guest message",
    message: "Message",
    hello: "Hello Giulia Rossi,",
    window: "Valid from: Fri 8 Jan 2027, 15:00 (Europe/Berlin)",
    subject: "Subject: Your door code for Casa Berlin",
    dateInList: "8 Jan 2027",
    messageLanguage: "Message language",
    otherLanguage: "German",
    otherHello: "Hallo Giulia Rossi,",
  },
  de: {
    switchTo: "Deutsch",
    signIn: "Mit Nuki anmelden",
    today: "Heute",
    nav: "Hauptmenü",
    locks: "Schlösser",
    newPin: "Neue PIN",
    pinName: "Name",
    validFrom: "Gültig ab",
    validUntil: "Gültig bis",
    wallParts: { date: "Datum", time: "Uhrzeit" },
    createPin: "PIN anlegen",
    saved: "Gespeichert",
    newStay: "Neuer Aufenthalt",
    guestName: "Name des Gastes",
    arrival: "Anreise",
    departure: "Abreise",
    createStay: "Aufenthalt anlegen",
    guestMessage: "Gastnachricht",
    message: "Nachricht",
    hello: "Hallo Giulia Rossi,",
    window: "Gültig ab: Fr., 8. Jan. 2027, 15:00 (Europe/Berlin)",
    subject: "Betreff: Ihr Türcode für Casa Berlin",
    dateInList: "8. Jan. 2027",
    messageLanguage: "Sprache der Nachricht",
    otherLanguage: "Englisch",
    otherHello: "Hello Giulia Rossi,",
  },
} as const;

const FRONT = 17923456781; // Berlin Apartment
const row = (page: Page, name: string) => page.getByTestId("pin-row").filter({ has: page.getByTestId("pin-name").getByText(name, { exact: true }) });

for (const [language, words] of Object.entries(TEXTS)) {
  test(`the host path in ${language === "de" ? "German" : "English"}: sign in, a PIN, a stay and its message`, async ({ page }) => {
    await page.goto("/signin");
    if (words.switchTo) await page.getByRole("button", { name: words.switchTo }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", language);
    await page.getByRole("button", { name: words.signIn }).click();
    await page.getByRole("button", { name: "Allow" }).click(); // the simulator's consent page stands in for Nuki's
    await expect(page.getByRole("heading", { level: 1, name: words.today })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", language);

    // A PIN on the Berlin door, its window typed on the 24-hour clock.
    await page.getByRole("navigation", { name: words.nav }).getByRole("link", { name: words.locks }).click();
    await page.getByTestId("lock-card").filter({ hasText: "Berlin Apartment" }).click();
    await page.getByRole("button", { name: words.newPin }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel(words.pinName, { exact: true }).fill("Cleaner");
    await fillWallTime(dialog, words.validFrom, "2027-01-08T09:00", words.wallParts);
    await fillWallTime(dialog, words.validUntil, "2027-01-08T13:00", words.wallParts);
    await dialog.getByRole("button", { name: words.createPin }).click();
    await expect(row(page, "Cleaner")).toContainText(words.saved, { timeout: 30_000 });
    await expect(row(page, "Cleaner")).toContainText(words.dateInList);

    // A property made by this host, then a stay for a guest from Italy.
    const origin = new URL(page.url()).origin;
    const property = await page.request.post("/api/properties", { data: { name: "Casa Berlin", lockIds: [FRONT] }, headers: { Origin: origin } });
    expect(property.status()).toBe(201);
    // Nothing chosen: the property's guest messages start in the language of the host who made it.
    expect(((await property.json()) as { messageLanguage: string }).messageLanguage).toBe(language);
    await page.getByRole("navigation", { name: words.nav }).getByRole("link", { name: words.newStay }).click();
    await page.getByLabel(words.guestName).fill("Giulia Rossi");
    await page.getByLabel(words.arrival).fill("2027-01-08");
    await page.getByLabel(words.departure).fill("2027-01-10");
    await page.getByRole("button", { name: words.createStay }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Giulia Rossi" })).toBeVisible();

    const panel = page.getByRole("region", { name: words.guestMessage });
    const text = panel.getByLabel(words.message, { exact: true });
    await expect(text).toHaveValue(new RegExp(`^${words.hello}`));
    await expect(text).toHaveValue(new RegExp(words.window.replace(/[.()]/g, "\\$&")));
    await expect(panel.getByTestId("message-subject")).toHaveText(words.subject);
    // Longer German words must not break the layout or the labels: axe and, on the phone, 44 px targets.
    await expectAccessible(page, `a stay in ${language}`, test.info());

    // The guest reads the other language: the message changes, the host's page does not.
    await panel.getByLabel(words.messageLanguage).selectOption({ label: words.otherLanguage });
    await expect(text).toHaveValue(new RegExp(`^${words.otherHello}`));
    await expect(page.getByRole("heading", { level: 2, name: words.guestMessage })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", language);
  });
}

test("an English host sends a German guest message: the stay remembers the guest's language, the host's pages stay English", async ({ page }) => {
  await page.goto("/signin");
  await page.getByRole("button", { name: "Sign in with Nuki" }).click();
  await page.getByRole("button", { name: "Allow" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Today" })).toBeVisible();
  const origin = new URL(page.url()).origin;
  const property = await page.request.post("/api/properties", { data: { name: "Harbour Flat", lockIds: [FRONT] }, headers: { Origin: origin } });
  const stay = await page.request.post("/api/stays", {
    data: { guestName: "Jonas Weber", arrival: "2027-01-08", departure: "2027-01-10", propertyId: ((await property.json()) as { id: string }).id },
    headers: { Origin: origin },
  });
  expect(stay.status()).toBe(202);
  await page.goto(`/stays/${((await stay.json()) as { id: string }).id}`);

  const panel = page.getByRole("region", { name: "Guest message" });
  const text = panel.getByLabel("Message", { exact: true });
  await expect(text).toHaveValue(/^Hello Jonas Weber,/);
  await panel.getByLabel("Message language").selectOption({ label: "German" });
  await expect(text).toHaveValue(/^Hallo Jonas Weber,/);
  await expect(text).toHaveValue(/Gültig ab: Fr\., 8\. Jan\. 2027, 15:00 \(Europe\/Berlin\)\nGültig bis: So\., 10\. Jan\. 2027, 11:00 \(Europe\/Berlin\)/);
  await expect(panel.getByTestId("message-subject")).toHaveText("Subject: Ihr Türcode für Harbour Flat");

  await page.reload();
  await expect(page.getByRole("region", { name: "Guest message" }).getByLabel("Message", { exact: true })).toHaveValue(/^Hallo Jonas Weber,/);
  await expect(page.getByRole("heading", { level: 2, name: "Guest message" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("the API keeps its error codes and answers in the request's language", async ({ page }) => {
  await page.goto("/signin");
  await page.getByRole("button", { name: "Sign in with Nuki" }).click();
  await page.getByRole("button", { name: "Allow" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const missing = "/api/stays/00000000-0000-4000-8000-000000000000";

  const english = await page.request.get(missing);
  const german = await page.request.get(missing, { headers: { "Accept-Language": "de-DE,de;q=0.9" } });
  expect(english.status()).toBe(404);
  expect(german.status()).toBe(404);
  const [en, de] = [(await english.json()) as { error: { code: string; message: string } }, (await german.json()) as { error: { code: string; message: string } }];
  expect(de.error.code).toBe(en.error.code);
  expect(en.error.message).toMatch(/^No such stay/);
  expect(de.error.message).not.toBe(en.error.message);
  expect(de.error.message).toMatch(/Aufenthalt/);

  // The host's own choice wins over the browser's.
  await page.getByRole("button", { name: "Deutsch" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  const chosen = (await (await page.request.get(missing)).json()) as { error: { message: string } };
  expect(chosen.error.message).toBe(de.error.message);
});
