import { expect, test, type APIRequestContext } from "@playwright/test";
import { signIn } from "./support/session";
import { simulator } from "./support/simulator";

const LONDON = 17_931_045_622; // Europe/London: an hour behind the browser's Berlin
const JAMES = { name: "James Taylor", code: 319_647 }; // a stay that is on now

test.beforeEach(async ({ request }) => {
  await simulator(request).reset();
});

async function typeOnKeypad(request: APIRequestContext, code: number) {
  const response = await request.post(`/sim/_control/locks/${LONDON}/keypad`, { data: { code } });
  expect(response.ok()).toBe(true);
  return (await response.json()) as { opened: boolean; entry: { date: string } };
}

/** "23 Nov 2026, 15:47" on the lock's clock, as the page writes it. */
function londonWords(iso: string): string {
  const part = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", ...options }).format(new Date(iso));
  return `${part({ day: "numeric", month: "short", year: "numeric" })}, ${part({ hour: "2-digit", minute: "2-digit", hourCycle: "h23" })}`;
}

test("a keypad entry shows with the PIN's name in the lock's time, a wrong code as such, and the PIN filter narrows it", async ({ page, request }) => {
  // Someone tried many codes earlier: more entries than one page holds.
  for (let i = 0; i < 25; i += 1) await typeOnKeypad(request, 999_999);
  const wrong = await typeOnKeypad(request, 111_111);
  expect(wrong.opened).toBe(false);
  const opened = await typeOnKeypad(request, JAMES.code);
  expect(opened.opened).toBe(true);

  await signIn(page);
  await page.goto(`/locks/${LONDON}/activity`);
  const section = page.getByRole("region", { name: "Door entries" });
  const entries = section.getByTestId("door-entry");
  await expect(entries.first()).toContainText(JAMES.name);
  await expect(entries.first().getByTestId("door-entry-time")).toHaveText(londonWords(opened.entry.date));
  await expect(entries.first()).toHaveAttribute("data-kind", "entry");
  await expect(entries.nth(1)).toHaveAttribute("data-kind", "wrong_code");
  await expect(entries.nth(1)).toContainText("Wrong code");
  await expect(entries.nth(1).getByTestId("door-entry-time")).toHaveText(londonWords(wrong.entry.date));

  // Older entries come page by page.
  const before = await entries.count();
  await section.getByRole("button", { name: "Load older" }).click();
  await expect.poll(() => entries.count()).toBeGreaterThan(before);

  await section.getByLabel("PIN").selectOption({ label: JAMES.name });
  await expect(section.getByTestId("pin-usage")).toContainText(`${JAMES.name}: first used`);
  await expect(entries.first()).toContainText(JAMES.name);
  await expect(entries.filter({ hasNotText: JAMES.name })).toHaveCount(0);
  await expect(section.locator('[data-kind="wrong_code"]')).toHaveCount(0);

  // A day before the stay began shows nothing of it.
  await section.getByLabel("To (lock's date)").fill("2026-01-01");
  await expect(section.getByText("Nothing matches these filters.")).toBeVisible();
});
