import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/session";
import { simulator, type SimulatorAuth } from "./support/simulator";
import { expectWallTime, fillWallTime } from "./support/wall-time";

test.beforeEach(async ({ request }) => {
  await simulator(request).reset();
});

async function openLock(page: Page, name: string) {
  await signIn(page);
  await page.getByTestId("lock-card").filter({ hasText: name }).click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
}

const row = (page: Page, name: string) => page.getByTestId("pin-row").filter({ has: page.getByTestId("pin-name").getByText(name, { exact: true }) });

async function authNamed(request: Parameters<typeof simulator>[0], name: string): Promise<SimulatorAuth | undefined> {
  return (await simulator(request).state()).auths.find((a) => a.name === name);
}

test("a stay set in Sydney time from a Berlin browser reaches the lock as the right UTC window, and survives a rename", async ({ page, request }) => {
  await openLock(page, "Bondi Beach House");
  await page.getByRole("button", { name: "New PIN" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name").fill("Weekend Guest");
  await expect(dialog.getByLabel("Code")).toHaveValue(/^[1-9]{6}$/);
  await dialog.getByLabel("Arrival (15:00)").fill("2027-01-08");
  await dialog.getByLabel("Departure (11:00)").fill("2027-01-10");
  await dialog.getByRole("button", { name: "Use stay" }).click();
  await expectWallTime(dialog, "Valid from", "2027-01-08T15:00");
  // 15:00 in Sydney (AEDT, UTC+11) is 05:00 in Berlin (CET) and 04:00 UTC.
  await expect(dialog.getByTestId("pin-valid-from-preview")).toContainText("Fri 8 Jan 2027, 05:00 your time (Europe/Berlin)");
  await expect(dialog.getByTestId("pin-valid-from-preview")).toContainText("Fri 8 Jan 2027, 04:00 UTC");
  await dialog.getByRole("button", { name: "Create PIN" }).click();

  await expect(row(page, "Weekend Guest")).toContainText(/Saving to lock…|Saved/);
  await expect(row(page, "Weekend Guest")).toContainText("Saved");
  await expect(row(page, "Weekend Guest").getByTestId("pin-window")).toContainText("8 Jan 2027 15:00 → 10 Jan 2027 11:00 Australia/Sydney");
  const created = await authNamed(request, "Weekend Guest");
  expect(created).toMatchObject({ allowedFromDate: "2027-01-08T04:00:00.000Z", allowedUntilDate: "2027-01-10T00:00:00.000Z" });

  await row(page, "Weekend Guest").getByRole("button", { name: "Edit Weekend Guest" }).click();
  await page.getByRole("dialog").getByLabel("Name").fill("Weekend Guest K");
  await page.getByRole("dialog").getByRole("button", { name: "Save changes" }).click();
  await expect(row(page, "Weekend Guest K")).toContainText("Saved");
  const renamed = await authNamed(request, "Weekend Guest K");
  expect(renamed).toMatchObject({
    id: created?.id,
    code: created?.code,
    allowedFromDate: "2027-01-08T04:00:00.000Z",
    allowedUntilDate: "2027-01-10T00:00:00.000Z",
  });

  await row(page, "Weekend Guest K").getByRole("button", { name: "Disable Weekend Guest K" }).click();
  await expect(row(page, "Weekend Guest K")).toContainText("Disabled");
  await expect(row(page, "Weekend Guest K")).toContainText("Saved");
  expect(await authNamed(request, "Weekend Guest K")).toMatchObject({ enabled: false, allowedFromDate: "2027-01-08T04:00:00.000Z" });
  await row(page, "Weekend Guest K").getByRole("button", { name: "Enable Weekend Guest K" }).click();
  await expect(row(page, "Weekend Guest K").getByTestId("pin-clock-state")).toHaveText("Upcoming");
  await expect(row(page, "Weekend Guest K")).toContainText("Saved");

  await row(page, "Weekend Guest K").getByRole("button", { name: "Delete Weekend Guest K" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete PIN" }).click();
  await expect(row(page, "Weekend Guest K")).toHaveCount(0);
  expect(await authNamed(request, "Weekend Guest K")).toBeUndefined();
});

test("every validation message names what to fix and the form keeps what was typed", async ({ page, request }) => {
  await openLock(page, "Berlin Apartment");
  await page.getByRole("button", { name: "New PIN" }).click();
  const dialog = page.getByRole("dialog");
  const submit = dialog.getByRole("button", { name: "Create PIN" });

  await dialog.getByLabel("Name").fill("");
  await submit.click();
  await expect(dialog.getByText(/Name must be 1–20 characters/)).toBeVisible();
  await dialog.getByLabel("Name").fill("A name far too long for Nuki");
  await submit.click();
  await expect(dialog.getByText(/Name must be 1–20 characters/)).toBeVisible();
  await dialog.getByLabel("Name").fill("Cleaner");

  for (const [code, message] of [
    ["12345", /exactly 6 digits/],
    ["102345", /digits 1–9/],
    ["123456", /must not start with 12/],
  ] as const) {
    await dialog.getByLabel("Code").fill(code);
    await submit.click();
    await expect(dialog.getByText(message)).toBeVisible();
    await expect(dialog.getByLabel("Code")).toHaveValue(code);
  }

  const taken = (await simulator(request).state()).auths.find((a) => a.smartlockId !== undefined && a.code && a.name)!;
  const berlin = (await simulator(request).state()).locks.find((l) => l.name === "Berlin Apartment")!;
  const takenHere = (await simulator(request).state()).auths.find((a) => a.smartlockId === berlin.smartlockId && a.code) ?? taken;
  await dialog.getByLabel("Code").fill(String(takenHere.code));
  await submit.click();
  await expect(dialog.getByText(/already used/)).toBeVisible();
  await dialog.getByRole("button", { name: "Generate" }).click();

  await fillWallTime(dialog, "Valid from", "2027-03-10T12:00");
  await fillWallTime(dialog, "Valid until", "2027-03-09T12:00");
  await submit.click();
  await expect(dialog.getByText(/Valid until must be after valid from/)).toBeVisible();
  await fillWallTime(dialog, "Valid until", "2027-03-12T12:00");

  await dialog.getByLabel("Daily from").fill("18:00");
  await dialog.getByLabel("Daily until").fill("08:00");
  await submit.click();
  await expect(dialog.getByText(/Daily until must be after daily from/)).toBeVisible();
  await expect(dialog.getByLabel("Name")).toHaveValue("Cleaner");
  await expectWallTime(dialog, "Valid from", "2027-03-10T12:00");

  // 02:30 on 28 March 2027 does not exist in Berlin: the clocks jump from 02:00 to 03:00.
  await fillWallTime(dialog, "Valid from", "2027-03-28T02:30");
  await expect(dialog.getByText(/does not exist in Europe\/Berlin/)).toBeVisible();
});

test("a lock without a keypad cannot get PINs, and says what to do", async ({ page, request }) => {
  await openLock(page, "Auckland Cottage");
  await expect(page.getByRole("button", { name: "New PIN" })).toBeDisabled();
  await expect(page.getByText("PINs cannot be added until a keypad is paired.").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Sync with lock" })).toBeVisible();

  const cottage = (await simulator(request).state()).locks.find((l) => l.name === "Auckland Cottage")!;
  const response = await page.request.post(`/api/locks/${cottage.smartlockId}/pins`, {
    data: { name: "Guest", code: "354879" },
    headers: { Origin: new URL(page.url()).origin },
  });
  expect(response.status()).toBe(422);
  expect((await response.json()).error.code).toBe("keypad_not_paired");
});

test("a PIN for an offline lock is reported as not saved instead of left to hope", async ({ page }) => {
  await openLock(page, "Brooklyn Loft");
  await page.getByRole("button", { name: "New PIN" }).click();
  await page.getByRole("dialog").getByLabel("Name").fill("Late Guest");
  await page.getByRole("dialog").getByRole("button", { name: "Create PIN" }).click();
  await expect(row(page, "Late Guest")).toContainText("Saving to lock…");
  await expect(row(page, "Late Guest")).toContainText("Not saved", { timeout: 20_000 });
  await expect(row(page, "Late Guest")).toContainText(/The lock is offline/);
  await expect(row(page, "Late Guest").getByRole("button", { name: "Retry Late Guest" })).toBeVisible();
  await row(page, "Late Guest").getByRole("button", { name: "Delete Late Guest" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete PIN" }).click();
  await expect(row(page, "Late Guest")).toHaveCount(0);
});

test("writes from another site are refused", async ({ page, request }) => {
  await signIn(page);
  const berlin = (await simulator(request).state()).locks.find((l) => l.name === "Berlin Apartment")!;
  const response = await page.request.post(`/api/locks/${berlin.smartlockId}/pins`, {
    data: { name: "Intruder", code: "354879" },
    headers: { Origin: "https://evil.example" },
  });
  expect(response.status()).toBe(403);
  expect((await response.json()).error.code).toBe("forbidden_origin");
});
