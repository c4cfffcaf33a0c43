import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { signIn } from "./support/session";
import { simulator } from "./support/simulator";

test.beforeEach(async ({ request }) => {
  await simulator(request).reset();
});

const row = (page: Page, name: string) => page.getByTestId("pin-row").filter({ has: page.getByTestId("pin-name").getByText(name, { exact: true }) });

async function openLock(page: Page, name: string) {
  await signIn(page);
  await page.getByTestId("lock-card").filter({ hasText: name }).click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
}

async function createPin(page: Page, name: string) {
  await page.getByRole("button", { name: "New PIN" }).click();
  await page.getByRole("dialog").getByLabel("Name").fill(name);
  await page.getByRole("dialog").getByRole("button", { name: "Create PIN" }).click();
}

async function state(request: APIRequestContext) {
  return (await (await request.get("/sim/_control/state")).json()) as {
    locks: { smartlockId: number; name: string }[];
    auths: { id: string; name: string; enabled: boolean }[];
    faults: { injected: Record<string, number> };
    webhookDeliveries: { feature: string; status?: number }[];
  };
}

test("a PIN changed in the Nuki app shows as changed on the lock, and one click puts it back", async ({ page, request }) => {
  await openLock(page, "Berlin Apartment");
  await createPin(page, "Drift Guest");
  await expect(row(page, "Drift Guest")).toContainText("Saved");
  const auth = (await state(request)).auths.find((a) => a.name === "Drift Guest")!;

  const changed = await request.post(`/sim/_control/auths/${auth.id}`, { data: { name: "Drift Guest X", enabled: false } });
  expect(changed.ok()).toBe(true);
  await page.reload();
  await expect(row(page, "Drift Guest")).toContainText("Changed in the Nuki app");
  await expect(row(page, "Drift Guest").getByTestId("pin-drift")).toContainText("“Drift Guest X”");
  await expect(row(page, "Drift Guest").getByTestId("pin-drift")).toContainText("disabled");

  await row(page, "Drift Guest").getByRole("button", { name: "Repair Drift Guest" }).click();
  await expect(row(page, "Drift Guest")).toContainText("Saved");
  expect((await state(request)).auths.find((a) => a.id === auth.id)).toMatchObject({ name: "Drift Guest", enabled: true });

  await row(page, "Drift Guest").getByRole("button", { name: "History of Drift Guest" }).click();
  const history = page.getByRole("dialog").getByTestId("pin-event");
  await expect(history.filter({ hasText: "Changed in the Nuki app" })).toHaveCount(1);
  await expect(history.filter({ hasText: "Put back as the host set it" })).toHaveCount(1);
});

test("a write Nuki drops is sent again until it shows, and Nuki's webhook confirms it", async ({ page, request }) => {
  await openLock(page, "Berlin Apartment");
  const berlin = (await state(request)).locks.find((l) => l.name === "Berlin Apartment")!;
  await request.post("/sim/_control/faults", { data: { smartlockId: berlin.smartlockId, rateDropWrite: 1, seed: 7 } });
  await createPin(page, "Dropped Guest");
  await expect(row(page, "Dropped Guest")).toContainText("Saving to lock…");
  await expect.poll(async () => (await state(request)).faults.injected.dropWrite ?? 0).toBeGreaterThanOrEqual(1);
  await request.post("/sim/_control/faults", { data: { smartlockId: berlin.smartlockId } });

  await expect(row(page, "Dropped Guest")).toContainText("Saved", { timeout: 30_000 });
  expect((await state(request)).auths.filter((a) => a.name === "Dropped Guest")).toHaveLength(1);
  const deliveries = (await state(request)).webhookDeliveries.filter((d) => d.feature === "DEVICE_AUTHS");
  expect(deliveries.length).toBeGreaterThanOrEqual(1);
  expect(deliveries.every((d) => d.status === 204)).toBe(true);

  await page.getByRole("link", { name: "Activity" }).click();
  await expect(page.getByTestId("lock-activity")).toContainText("Dropped Guest");
});
