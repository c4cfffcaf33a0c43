import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/a11y";
import { signIn } from "./support/session";
import { simulator } from "./support/simulator";

const FRONT = 17923456781; // Berlin Apartment
const BUILDING = 17923456799; // Berlin Building Door

test.beforeEach(async ({ request }) => {
  await simulator(request).reset();
});

test("a backup code goes on every door, opens the keypad, and is offered in a not-ready stay's message", async ({ page, request }) => {
  // A property, a backup code on two doors and a stay: several rounds of writes to Nuki.
  test.slow();
  await signIn(page);
  const answer = await page.request.post("/api/properties", { data: { name: "Dune Loft", lockIds: [FRONT, BUILDING] }, headers: { Origin: new URL(page.url()).origin } });
  expect(answer.status()).toBe(201);
  const propertyId = ((await answer.json()) as { id: string }).id;
  await page.goto(`/properties/${propertyId}`);

  const panel = page.getByRole("region", { name: "Backup codes" });
  await panel.getByRole("button", { name: "Turn on backup codes" }).click();
  const backup = panel.getByTestId("backup-code");
  await expect(backup).toHaveCount(1);
  await expect(backup).toContainText("Backup 1 · Dune Loft");
  await expect(backup.getByText("Ready on every door")).toBeVisible();
  const auths = (await simulator(request).state()).auths.filter((a) => a.name === "Backup 1 · Dune Loft");
  expect(auths.map((a) => a.smartlockId).sort()).toEqual([FRONT, BUILDING].sort());
  const code = String(auths[0]!.code);
  expect(auths[1]!.code).toBe(auths[0]!.code);
  expect(auths[0]).not.toHaveProperty("allowedFromDate");

  // On the door's page the backup code is listed apart from guests' codes, and still takes a keypad place.
  await page.goto(`/locks/${FRONT}`);
  const group = page.getByRole("region", { name: "Backup codes of Dune Loft" });
  await expect(group.getByTestId("pin-row")).toHaveCount(1);
  await expect(group.getByTestId("pin-name")).toHaveText("Backup 1 · Dune Loft");
  await expect(group.getByRole("link", { name: "Manage them on Dune Loft" })).toHaveAttribute("href", `/properties/${propertyId}`);
  const others = page.getByRole("list", { name: "PINs", exact: true });
  await expect(others.getByTestId("pin-row").first()).toBeVisible();
  await expect(others.getByText("Backup 1 · Dune Loft")).toHaveCount(0);
  await expectAccessible(page, "a lock with a backup code", test.info());
  // Every code on the keypad, the backup code with the rest, is one place on the meter.
  const rows = await page.getByTestId("pin-row").count();
  await page.getByTestId("lock-settings").locator("summary").click();
  await expect(page.getByRole("meter", { name: "Keypad codes used" })).toHaveAttribute("aria-valuenow", String(rows));
  await page.goto(`/properties/${propertyId}`);

  // Nuki is slow now: the new stay's code is not on the doors yet.
  await simulator(request).config({ propagationDelayMs: 600_000 });
  await page.getByRole("link", { name: "New stay" }).last().click();
  await page.getByLabel("Guest name").fill("Late Guest");
  await page.getByLabel("Arrival").fill("2027-01-08");
  await page.getByLabel("Departure").fill("2027-01-10");
  await page.getByRole("button", { name: "Create stay" }).click();
  await expect(page.getByRole("heading", { name: "Late Guest", level: 1 })).toBeVisible();

  const message = page.getByLabel("Message", { exact: true });
  await expect(message).toBeVisible();
  await expect(message).not.toHaveValue(/backup code/);
  await page.getByRole("button", { name: "Offer the backup code in the message" }).click();
  await page.getByRole("button", { name: "Add the backup code" }).click();
  await expect(message).toHaveValue(new RegExp(`If the code does not work, use the backup code ${code} on any door\\.$`));
  await expect(page.getByRole("button", { name: "Offer the backup code in the message" })).toHaveCount(0);

  // Typed on the building door's keypad, it opens. (Last: a used backup code is replaced by a new one
  // a little later, and the message above would offer that one.)
  const typed = await request.post(`/sim/_control/locks/${BUILDING}/keypad`, { data: { code: Number(code) } });
  expect(await typed.json()).toMatchObject({ opened: true });
});
