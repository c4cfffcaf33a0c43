import { expect, test, type Page } from "@playwright/test";
import { mailServerInEachTest } from "./support/mail-server";
import { signIn } from "./support/session";
import { simulator } from "./support/simulator";
import { fillWallTime } from "./support/wall-time";

test.beforeEach(async ({ request }) => {
  await simulator(request).reset();
});
const smtp = mailServerInEachTest();

const row = (page: Page, name: string) => page.getByTestId("pin-row").filter({ has: page.getByTestId("pin-name").getByText(name, { exact: true }) });

/** Creates a PIN for a stay on Bondi Beach House (Sydney) from the Berlin browser and returns its code. */
async function createStayPin(page: Page, name: string): Promise<string> {
  await signIn(page);
  await page.getByTestId("lock-card").filter({ hasText: "Bondi Beach House" }).click();
  await page.getByRole("button", { name: "New PIN" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name").fill(name);
  const code = await dialog.getByLabel("Code").inputValue();
  expect(code).toMatch(/^[1-9]{6}$/);
  await fillWallTime(dialog, "Valid from", "2027-01-08T15:00");
  await fillWallTime(dialog, "Valid until", "2027-01-10T11:00");
  await dialog.getByRole("button", { name: "Create PIN" }).click();
  await expect(row(page, name)).toBeVisible();
  return code;
}

/** Berlin Apartment, whose seeded PINs were made in the Nuki app: nothing to create, so nothing to wait for. */
async function openBerlin(page: Page) {
  await signIn(page);
  await page.getByTestId("lock-card").filter({ hasText: "Berlin Apartment" }).click();
  await expect(row(page, "Anna Schmidt")).toBeVisible();
}

async function openMessage(page: Page, name: string) {
  await row(page, name).getByRole("button", { name: `Guest message for ${name}` }).click();
  const dialog = page.getByRole("dialog", { name: `Message for ${name}` });
  await expect(dialog.getByLabel("Message", { exact: true })).toBeVisible();
  return dialog;
}

/** A stand-in for the phone's share sheet that remembers what it was given. */
function fakeShareSheet(page: Page) {
  return page.addInitScript(() => {
    const shared: unknown[] = [];
    Object.defineProperty(window, "__shared", { value: shared });
    Object.defineProperty(navigator, "share", { configurable: true, value: async (data: unknown) => void shared.push(data) });
  });
}
const sharedSoFar = (page: Page) => page.evaluate(() => (window as unknown as { __shared: unknown[] }).__shared);

test("send the message through a local SMTP server and read it there; copy it too", async ({ page, context, baseURL }) => {
  const code = await createStayPin(page, "Mail Guest");
  // Opened at once, while the PIN is most likely still on its way: the warning must go by itself once it is saved.
  const dialog = await openMessage(page, "Mail Guest");
  await expect(row(page, "Mail Guest")).toContainText("Saved");
  const text = dialog.getByLabel("Message", { exact: true });
  await expect(text).toHaveValue(new RegExp(`Hello Mail Guest,[\\s\\S]*\\n${code}\\n`));
  // The window is the lock's own wall time and zone, not the Berlin browser's.
  await expect(text).toHaveValue(/Opens: Bondi Beach House\nValid from: Fri 8 Jan 2027, 15:00 \(Australia\/Sydney\)\nValid until: Sun 10 Jan 2027, 11:00 \(Australia\/Sydney\)/);
  await expect(dialog.getByTestId("message-subject")).toHaveText("Subject: Your door code for Bondi Beach House");
  await expect(dialog.getByTestId("not-ready-reason")).toHaveCount(0);
  const message = await text.inputValue();

  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await dialog.getByRole("button", { name: "Copy message" }).click();
  await expect(dialog.getByTestId("copy-status")).toHaveText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(message);

  const email = dialog.getByLabel("Guest's e-mail address");
  await email.fill("not-an-address");
  await dialog.getByRole("button", { name: "Send by e-mail" }).click();
  await expect(dialog.getByText("Enter a valid e-mail address, like name@example.com.")).toBeVisible();
  await expect(email).toHaveValue("not-an-address");
  await expect(email).toHaveAttribute("aria-invalid", "true");

  // The mail server is down: the host is told, and the address stays for the next try.
  await smtp.close();
  await email.fill("mail.guest@example.com");
  await dialog.getByRole("button", { name: "Send by e-mail" }).click();
  await expect(dialog.getByRole("alert").filter({ hasText: "Not sent" })).toContainText("Keyhost could not reach the mail server");
  await expect(email).toHaveValue("mail.guest@example.com");
  await smtp.restart();
  await dialog.getByRole("button", { name: "Send by e-mail" }).click();
  await expect(dialog.getByText("Sent to mail.guest@example.com.")).toBeVisible();
  await expect(dialog.getByText("Not sent")).toHaveCount(0);
  const mail = await smtp.waitForMail();
  expect(mail.envelopeTo).toEqual(["mail.guest@example.com"]);
  expect(mail.from).toBe('"Keyhost" <keys@keyhost.test>');
  expect(mail.subject).toBe("Your door code for Bondi Beach House");
  expect(mail.text).toBe(message);
  expect(mail.text).toContain(code);
  expect(smtp.received).toHaveLength(1);
});

test("a PIN still being saved warns, and is sent or shared only after “Send anyway” / “Share anyway”", async ({ page, request }) => {
  // Nuki's listing shows the new PIN only after a minute, so it stays pending throughout.
  await simulator(request).config({ propagationDelayMs: 60_000 });
  await fakeShareSheet(page);
  const code = await createStayPin(page, "Early Guest");
  await expect(row(page, "Early Guest")).toHaveAttribute("data-status", "pending");
  const dialog = await openMessage(page, "Early Guest");
  await expect(dialog.getByTestId("not-ready-reason")).toHaveText(/still being saved to the lock \(pending\): the code may not open the door yet/);

  await dialog.getByLabel("Guest's e-mail address").fill("early@example.com");
  await dialog.getByRole("button", { name: "Send by e-mail" }).click();
  await expect(dialog.getByText("Send a code that may not work?")).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog.getByText("Send a code that may not work?")).toHaveCount(0);
  await dialog.getByRole("button", { name: "Send by e-mail" }).click();
  await dialog.getByRole("button", { name: "Send anyway" }).click();
  await expect(dialog.getByText("Sent to early@example.com.")).toBeVisible();
  const mail = await smtp.waitForMail();
  expect(mail.envelopeTo).toEqual(["early@example.com"]);
  expect(mail.text).toContain(code);
  expect(smtp.received).toHaveLength(1);

  await dialog.getByRole("button", { name: "Share…" }).click();
  await expect(dialog.getByText("Share a code that may not work?")).toBeVisible();
  expect(await sharedSoFar(page)).toEqual([]);
  await dialog.getByRole("button", { name: "Share anyway" }).click();
  await expect.poll(() => sharedSoFar(page)).toHaveLength(1);
  // Sending or sharing never marks the PIN saved: the lock never showed it (on a slow machine the
  // engine may have given up by now, which is "failed", still not "saved").
  await expect(row(page, "Early Guest")).toHaveAttribute("data-status", /^(pending|failed)$/);
});

test("on a phone, the share sheet gets the message with the code; the Share button exists only where the browser can share", async ({ page, request }) => {
  await openBerlin(page);
  // Adopting a PIN made in the Nuki app saves it at once, with no write to wait for.
  await row(page, "Anna Schmidt").getByRole("button", { name: "Take over Anna Schmidt" }).click();
  await expect(row(page, "Anna Schmidt")).toContainText("Saved");
  const code = String((await simulator(request).state()).auths.find((a) => a.name === "Anna Schmidt")?.code);
  const native = await page.evaluate(() => typeof navigator.share === "function");
  let dialog = await openMessage(page, "Anna Schmidt");
  await expect(dialog.getByRole("button", { name: "Share…" })).toHaveCount(native ? 1 : 0);

  await fakeShareSheet(page);
  await page.reload();
  dialog = await openMessage(page, "Anna Schmidt");
  const message = await dialog.getByLabel("Message", { exact: true }).inputValue();
  await dialog.getByRole("button", { name: "Share…" }).click();
  await expect.poll(() => sharedSoFar(page)).toEqual([{ title: "Your door code for Berlin Apartment", text: message }]);
  expect(message).toMatch(new RegExp(`\\n${code}\\n`));
  await expect(dialog.getByText(/may not work/)).toHaveCount(0);
});

test("without the Clipboard API the message is selected for copying by hand", async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, "clipboard", { configurable: true, value: undefined }));
  await openBerlin(page);
  const dialog = await openMessage(page, "Anna Schmidt");
  const text = dialog.getByLabel("Message", { exact: true });
  await dialog.getByRole("button", { name: "Copy message" }).click();
  // execCommand("copy") may still work (then "Copied"); either way the whole message is selected.
  await expect(dialog.getByTestId("copy-status")).toHaveText(/^(Copied|The message is selected: copy it with Ctrl\+C, ⌘C or your phone's Copy\.)$/);
  await expect(text).toBeFocused();
  const selection = await text.evaluate((area: HTMLTextAreaElement) => [area.selectionStart, area.selectionEnd, area.value.length]);
  expect(selection).toEqual([0, selection[2], selection[2]]);
  expect(selection[2]).toBeGreaterThan(100);
});

test("the message works by keyboard, every control in it is labelled, and on a phone each is a 44 px target", async ({ page }, testInfo) => {
  await openBerlin(page);
  // A PIN made in the Nuki app: Keyhost does not look after it, and the message says so.
  const opener = row(page, "Anna Schmidt").getByRole("button", { name: "Guest message for Anna Schmidt" });
  await opener.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Message for Anna Schmidt" });
  await expect(dialog.getByTestId("not-ready-reason")).toHaveText(/does not look after this code \(it was made outside Keyhost\)/);
  await expect(dialog.getByLabel("Message", { exact: true })).toHaveValue(/Opens: Berlin Apartment\nValid from: .* \(Europe\/Berlin\)/);

  const controls = await dialog.evaluate((root) =>
    [...root.querySelectorAll<HTMLElement>("button, a[href], input, textarea")]
      .filter((el) => el.offsetParent !== null)
      .map((el) => {
        const input = el as HTMLInputElement;
        const named = Boolean(el.getAttribute("aria-label") || el.textContent?.trim() || (input.labels && input.labels.length > 0));
        const box = el.getBoundingClientRect();
        return { html: el.outerHTML.slice(0, 80), named, height: box.height, width: box.width };
      }),
  );
  expect(controls.length).toBeGreaterThanOrEqual(5);
  expect(controls.filter((c) => !c.named)).toEqual([]);
  if (testInfo.project.name === "phone") expect(controls.filter((c) => c.height < 44 || c.width < 44)).toEqual([]);

  await dialog.getByRole("button", { name: "Copy message" }).focus();
  await page.keyboard.press("Enter");
  await expect(dialog.getByTestId("copy-status")).not.toBeEmpty();
  await dialog.getByLabel("Guest's e-mail address").focus();
  await page.keyboard.type("anna@example.com");
  await page.keyboard.press("Enter");
  await expect(dialog.getByRole("button", { name: "Send anyway" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  expect(smtp.received).toEqual([]);
});

test("the message route answers in the documented shapes", async ({ page, request }) => {
  await signIn(page);
  const berlin = (await simulator(request).state()).locks.find((l) => l.name === "Berlin Apartment")!;
  const pins = (await (await page.request.get(`/api/locks/${berlin.smartlockId}/pins`)).json()) as { id: string; name: string; code: string }[];
  const anna = pins.find((p) => p.name === "Anna Schmidt")!;
  const url = `/api/locks/${berlin.smartlockId}/pins/${anna.id}/message`;
  const origin = { Origin: new URL(page.url()).origin };

  const view = await page.request.get(url);
  expect(view.status()).toBe(200);
  const body = await view.json();
  expect(Object.keys(body).sort()).toEqual(["email", "language", "notReadyReason", "ready", "subject", "text"]);
  expect(body).toMatchObject({ ready: false, email: true, language: "en", subject: "Your door code for Berlin Apartment" });
  expect(body.text).toContain(anna.code);

  const post = async (data: unknown, headers: Record<string, string> = origin) => {
    const response = await page.request.post(url, { data, headers });
    return { status: response.status(), body: await response.json() };
  };
  expect(await post({ to: "anna@example.com", confirmNotReady: true }, { Origin: "https://evil.example" })).toMatchObject({ status: 403, body: { error: { code: "forbidden_origin" } } });
  expect(await post({ to: "anna" })).toEqual({ status: 422, body: { error: { code: "invalid_input", message: expect.stringMatching(/valid e-mail/), field: "to" } } });
  expect(await post({ to: "anna@example.com" })).toMatchObject({ status: 409, body: { error: { code: "pin_not_saved", message: expect.stringMatching(/made outside Keyhost.*Confirm to send it anyway/) } } });
  expect(smtp.received).toEqual([]);
  expect(await post({ to: "anna@example.com", confirmNotReady: true })).toEqual({ status: 202, body: { sent: true } });
  expect((await smtp.waitForMail()).envelopeTo).toEqual(["anna@example.com"]);

  const missing = await page.request.get(`/api/locks/${berlin.smartlockId}/pins/${"a".repeat(24)}/message`);
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error.code).toBe("not_found");
});
