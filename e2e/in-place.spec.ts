import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/session";
import { simulator, type SimulatorAuth } from "./support/simulator";

const FRONT = 17923456781; // Berlin Apartment
const BUILDING = 17923456799; // Berlin Building Door, same zone
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

test.beforeEach(async ({ request }) => {
  await simulator(request).reset();
});

// Each test waits for writes to reach the simulated lock (about a second each) and opens several pages.
test.describe.configure({ timeout: 120_000 });

const origin = (page: Page) => ({ Origin: new URL(page.url()).origin });

/** Berlin's date `days` from now, as `YYYY-MM-DD`. */
function berlinDate(days: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date(Date.now() + days * 86_400_000));
}

/** "14 Dec 11:00" as the history writes a Berlin wall time, with the year only when it is not this one on the lock. */
function historyWall(date: string, time: string): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const thisYear = Number(berlinDate(0).slice(0, 4));
  return `${day} ${MONTHS[month - 1]}${year === thisYear ? "" : ` ${year}`} ${time}`;
}

async function authOn(page: Page, lockId: number, name: RegExp): Promise<SimulatorAuth | undefined> {
  return (await simulator(page.request).state()).auths.find((a) => a.smartlockId === lockId && name.test(a.name));
}

/** A PIN made on the Berlin door, waited for until the lock lists it. */
async function savedPin(page: Page, data: Record<string, unknown>): Promise<{ id: string }> {
  const created = await page.request.post(`/api/locks/${FRONT}/pins`, { data, headers: origin(page) });
  expect(created.status(), await created.text()).toBe(202);
  const pin = (await created.json()) as { id: string };
  await expect
    .poll(async () => ((await (await page.request.get(`/api/locks/${FRONT}/pins`)).json()) as { id: string; status: string }[]).find((p) => p.id === pin.id)?.status, { timeout: 20_000 })
    .toBe("saved");
  return pin;
}

test("a PIN's history says what changed, field by field in the lock's time, one row per action", async ({ page }) => {
  await signIn(page, `/locks/${FRONT}`);
  const [arrival, departure, later] = [berlinDate(1), berlinDate(3), berlinDate(5)];
  const pin = await savedPin(page, { name: "Weekend guest D", validFrom: `${arrival}T15:00`, validUntil: `${departure}T11:00` });
  const changed = await page.request.patch(`/api/locks/${FRONT}/pins/${pin.id}`, { data: { validUntil: `${later}T11:00`, enabled: false }, headers: origin(page) });
  expect(changed.status(), await changed.text()).toBeLessThan(300);

  await page.reload();
  const row = page.getByTestId("pin-row").filter({ hasText: "Weekend guest D" });
  await expect(row.getByTestId("pin-status")).toHaveText("Saved", { timeout: 20_000 });
  await row.getByRole("button", { name: "History of Weekend guest D" }).click();
  const events = page.getByRole("dialog").getByTestId("pin-event");
  // Asked, sent, seen on the lock: one row each for the creation and the change, not three.
  await expect(events).toHaveCount(2);
  await expect(events.nth(0).getByTestId("pin-event-title")).toHaveText("Created");
  await expect(events.nth(1).getByTestId("pin-event-title")).toHaveText("Changed");
  await expect(events.nth(1).getByTestId("pin-event-detail")).toHaveText(`Disabled; Valid until ${historyWall(departure, "11:00")} → ${historyWall(later, "11:00")}.`);
  for (const i of [0, 1]) {
    await expect(events.nth(i).getByTestId("pin-event-outcome")).toHaveText("Saved on the lock");
    await expect(events.nth(i).getByTestId("pin-event-attempts")).toHaveText(/^\d+ attempts?$/);
  }
  // The attempts are folded in, one tap away.
  await events.nth(1).getByText("What Nuki answered").click();
  await expect(events.nth(1).getByTestId("pin-attempt").first()).toContainText("Nuki accepted it");
});

test("the property page shows its doors' problems and fixes them in place", async ({ page }) => {
  await signIn(page, "/properties");
  const property = await page.request.post("/api/properties", { data: { name: "Harbour Flat", lockIds: [FRONT, BUILDING] }, headers: origin(page) });
  expect(property.status()).toBe(201);
  const { id } = (await property.json()) as { id: string };
  await savedPin(page, { name: "Pia Gold" });
  const auth = (await authOn(page, FRONT, /^Pia Gold$/))!;
  expect((await page.request.post(`/sim/_control/auths/${auth.id}`, { data: { name: "Pia changed", enabled: false } })).ok()).toBe(true);

  // Nuki's listing is read through a short shared cache: wait (up to 20 s) until the account's list has the change.
  await expect
    .poll(async () => ((await (await page.request.get("/api/attention", { headers: { "Cache-Control": "no-cache" } })).json()) as { items: { kind: string }[] }).items.map((i) => i.kind), { timeout: 20_000 })
    .toContain("changed");
  await page.goto(`/properties/${id}`);
  const problems = page.getByTestId("attention");
  await expect(problems.getByRole("heading", { name: /Needs attention on these doors/ })).toBeVisible();
  const item = problems.getByTestId("attention-item").and(page.locator('[data-kind="changed"]'));
  await expect(item).toContainText("changed in the Nuki app");
  await expect(item.getByRole("link", { name: "Go to Berlin Apartment" })).toHaveAttribute("href", `/locks/${FRONT}`);
  await item.getByRole("button", { name: /^Repair/ }).click();
  await expect.poll(async () => (await authOn(page, FRONT, /^Pi/))?.name, { timeout: 20_000 }).toBe("Pia Gold");
  expect((await authOn(page, FRONT, /^Pi/))?.enabled).toBe(true);
  await expect(item).toHaveCount(0, { timeout: 20_000 });
});

test("a stay submitted with two errors brings the first into view and focus, re-checks each field as it changes and keeps what was typed", async ({ page }) => {
  await signIn(page, "/properties");
  expect((await page.request.post("/api/properties", { data: { name: "Harbour Flat", lockIds: [FRONT] }, headers: origin(page) })).status()).toBe(201);
  await page.goto("/stays/new");
  const arrival = page.getByLabel("Arrival");
  await arrival.fill(berlinDate(1));
  const create = page.getByRole("button", { name: "Create stay" });
  await create.scrollIntoViewIfNeeded();
  await create.click();

  const guest = page.getByLabel("Guest name");
  await expect(guest).toBeFocused();
  await expect(guest).toBeInViewport();
  await expect(guest).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Departure")).toHaveAttribute("aria-invalid", "true");

  await guest.fill("Lena Brook");
  await expect(guest).toHaveAttribute("aria-invalid", "false");
  await expect(page.getByLabel("Departure")).toHaveAttribute("aria-invalid", "true");
  // The departure is the one field left: a second failed submit goes straight to it.
  await create.click();
  await expect(page.getByLabel("Departure")).toBeFocused();
  await page.getByLabel("Departure").fill(berlinDate(3));
  await expect(page.getByLabel("Departure")).toHaveAttribute("aria-invalid", "false");
  await expect(arrival).toHaveValue(berlinDate(1));
  await expect(guest).toHaveValue("Lena Brook");
  await create.click();
  await expect(page.getByRole("heading", { name: "Lena Brook", level: 1 })).toBeVisible();
});

test("no page is wider than the screen", async ({ page }) => {
  await signIn(page, "/");
  const property = await page.request.post("/api/properties", { data: { name: "Harbour Flat", lockIds: [FRONT, BUILDING] }, headers: origin(page) });
  const { id } = (await property.json()) as { id: string };
  const stay = await page.request.post("/api/stays", { data: { guestName: "Wide Check", arrival: berlinDate(0), departure: berlinDate(2), propertyId: id }, headers: origin(page) });
  const stayId = ((await stay.json()) as { id: string }).id;
  // A page wider than a phone is shrunk or scrolls sideways under the host's thumb, and taps land off target.
  for (const path of ["/", "/locks", `/locks/${FRONT}`, "/properties", `/properties/${id}`, "/stays/new", `/stays/${stayId}`, "/pins"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const { width, scroll, viewport } = await page.evaluate(() => ({ width: window.innerWidth, scroll: document.documentElement.scrollWidth, viewport: window.visualViewport?.width ?? 0 }));
    expect({ path, scroll: scroll <= width, width }).toEqual({ path, scroll: true, width: page.viewportSize()!.width });
    expect(viewport).toBeGreaterThan(0);
  }
});

test("a tap on a PIN's button made before the page's later code has arrived is carried out when it arrives", async ({ page }) => {
  await signIn(page);
  // The scripts of the lock page's first screen, as its HTML lists them; anything else it loads
  // afterwards (what the buttons do among it) is held back for a while, as on a slow connection.
  const html = await (await page.request.get(`/locks/${FRONT}`)).text();
  const firstScreen = new Set(html.match(/\/_next\/static\/chunks\/[^"'\s]+\.js/g));
  // Nothing of the page signing in left on its way.
  await page.goto("about:blank");
  let held = 0;
  let released = 0;
  await page.route("**/_next/static/chunks/**/*.js", async (route) => {
    if (firstScreen.has(new URL(route.request().url()).pathname)) return route.continue();
    held += 1;
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    released += 1;
    await route.continue();
  });
  await page.goto(`/locks/${FRONT}`);
  // The page has hydrated and asked for its later code, which has not arrived.
  await expect.poll(() => held).toBeGreaterThan(0);
  const anna = page.getByTestId("pin-row").filter({ hasText: "Anna Schmidt" });
  await anna.getByRole("button", { name: "Take over Anna Schmidt" }).click();
  expect(released).toBe(0);
  // Once the code is there, the tap is carried out: Keyhost manages the code and the button is gone.
  await expect(anna.getByRole("button", { name: "History of Anna Schmidt" })).toBeVisible({ timeout: 20_000 });
  await expect(anna.getByRole("button", { name: "Take over Anna Schmidt" })).toHaveCount(0);
});
