import { expect, test } from "@playwright/test";
import { signIn } from "./support/session";
import { simulator } from "./support/simulator";

test.beforeEach(async ({ request }) => {
  await simulator(request).reset();
});

/** Every control on the page has a name a screen reader can announce. */
async function unlabelledControls(page: import("@playwright/test").Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("button, a[href], input, select, textarea")]
      .filter((el) => el.offsetParent !== null && (el as HTMLInputElement).type !== "hidden")
      .filter((el) => {
        const labelled = el.getAttribute("aria-label") || el.getAttribute("aria-labelledby") || el.textContent?.trim();
        const input = el as HTMLInputElement;
        return !labelled && !(input.labels && input.labels.length > 0);
      })
      .map((el) => el.outerHTML.slice(0, 120)),
  );
}

test("every control is labelled, and on a phone every control is a 44 px target", async ({ page }, testInfo) => {
  await signIn(page);
  expect(await unlabelledControls(page)).toEqual([]);
  await page.getByTestId("lock-card").filter({ hasText: "Berlin Apartment" }).click();
  await expect(page.getByTestId("pin-row").first()).toBeVisible();
  expect(await unlabelledControls(page)).toEqual([]);
  await page.getByRole("button", { name: "New PIN" }).click();
  expect(await unlabelledControls(page)).toEqual([]);

  if (testInfo.project.name === "phone") {
    await page.keyboard.press("Escape");
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>("main button, main a[href], header button, header a[href]")]
        .filter((el) => el.offsetParent !== null)
        .map((el) => ({ html: el.outerHTML.slice(0, 80), ...el.getBoundingClientRect().toJSON() }))
        .filter((box) => box.height < 44 || box.width < 44),
    );
    expect(small).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  }
});

test("a PIN can be created with the keyboard alone", async ({ page }) => {
  await signIn(page);
  await page.getByTestId("lock-card").filter({ hasText: "Berlin Apartment" }).getByRole("link").focus();
  await page.keyboard.press("Enter");
  const newPin = page.getByRole("button", { name: "New PIN" });
  await expect(newPin).toBeVisible();
  await newPin.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(newPin).toBeFocused();

  await page.keyboard.press("Enter");
  await expect(dialog.getByLabel("Name")).toBeVisible();
  await dialog.getByLabel("Name").focus();
  await page.keyboard.type("Keyboard Guest");
  await dialog.getByRole("button", { name: "Create PIN" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("pin-row").filter({ hasText: "Keyboard Guest" })).toContainText("Saved");
});

test("properties, a new stay and a stay's page are labelled, and 44 px targets on a phone", async ({ page }, testInfo) => {
  await signIn(page);
  const tooSmall = () =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>("main button, main a[href], main input, main select, main textarea, header button, header a[href]")]
        .filter((el) => el.offsetParent !== null)
        // A checkbox is hit through its label, which is the whole row.
        .map((el) => (el instanceof HTMLInputElement && el.type === "checkbox" ? (el.closest("label") ?? el) : el))
        .map((el) => ({ html: el.outerHTML.slice(0, 80), ...el.getBoundingClientRect().toJSON() }))
        .filter((box) => box.height < 44 || box.width < 44),
    );
  const check = async () => {
    expect(await unlabelledControls(page)).toEqual([]);
    if (testInfo.project.name === "phone") {
      expect(await tooSmall()).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    }
  };
  await page.goto("/properties");
  await expect(page.getByRole("checkbox", { name: /Berlin Building Door/ })).toBeVisible();
  await check();
  await page.getByLabel("Property name").fill("Flat");
  await page.getByRole("checkbox", { name: /Berlin Apartment/ }).check();
  await page.getByRole("button", { name: "Create property" }).click();
  await expect(page.getByRole("heading", { name: "Flat", level: 1 })).toBeVisible();
  await check();
  await page.goto("/stays/new");
  await expect(page.getByLabel("Guest name")).toBeVisible();
  await check();
  await page.getByLabel("Guest name").fill("Ana");
  await page.getByLabel("Arrival").fill("2027-02-01");
  await page.getByLabel("Departure").fill("2027-02-03");
  await page.getByRole("button", { name: "Create stay" }).click();
  await expect(page.getByTestId("stay-door")).toHaveCount(1);
  await check();
});

test("the PIN search and a lock's activity are labelled and, on a phone, thumb-sized without sideways scrolling", async ({ page }, testInfo) => {
  await signIn(page);
  await page.goto("/pins");
  await expect(page.getByTestId("pin-search-results")).toBeVisible();
  const pages = ["/pins", "/locks/17923456781/activity"];
  for (const path of pages) {
    if (path !== "/pins") {
      await page.goto(path);
      await expect(page.getByTestId("door-entry").first()).toBeVisible();
    }
    expect(await unlabelledControls(page)).toEqual([]);
    if (testInfo.project.name === "phone") {
      const small = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>("main button, main a[href], main select, main input, header button, header a[href]")]
          .filter((el) => el.offsetParent !== null)
          .map((el) => ({ html: el.outerHTML.slice(0, 80), ...el.getBoundingClientRect().toJSON() }))
          .filter((box) => box.height < 44 || box.width < 44),
      );
      expect(small).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    }
  }
});
