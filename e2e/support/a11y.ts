import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, type TestInfo } from "@playwright/test";

/** Every axe violation on the page, of any impact, one line each with the elements it names. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id} [${v.impact}] ${v.help}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/**
 * Controls a finger cannot hit: visible buttons, links and fields under 44 × 44 px. A checkbox counts
 * by its label (the whole row is the target); a link inside a sentence is exempt, as WCAG 2.5.8 allows;
 * visually hidden skip links are not targets until focused.
 */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = [...document.querySelectorAll<HTMLElement>("button, a[href], input, select, textarea, summary")];
    return controls
      .filter((el) => el.checkVisibility() && (el as HTMLInputElement).type !== "hidden")
      .filter((el) => !el.closest("dialog:not([open])"))
      .map((el) => (el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio") ? (el.closest("label") ?? el) : el))
      .filter((el) => {
        const box = el.getBoundingClientRect();
        if (box.width <= 1 && box.height <= 1) return false;
        if (el instanceof HTMLAnchorElement && getComputedStyle(el).display === "inline") {
          const parentText = el.parentElement?.textContent?.trim() ?? "";
          if (parentText.length > (el.textContent?.trim().length ?? 0)) return false;
        }
        return box.width < 44 || box.height < 44;
      })
      .map((el) => {
        const box = el.getBoundingClientRect();
        return `${Math.round(box.width)}×${Math.round(box.height)} ${el.outerHTML.slice(0, 100)}`;
      });
  });
}

/** Axe on the whole page (an open dialog included) and, on the phone, the size of every target. */
export async function expectAccessible(page: Page, where: string, testInfo: TestInfo): Promise<void> {
  expect.soft(await axeViolations(page), `axe on ${where}`).toEqual([]);
  if (testInfo.project.name === "phone") {
    expect.soft(await smallTargets(page), `targets under 44 px on ${where}`).toEqual([]);
    expect.soft(await page.evaluate(() => document.documentElement.scrollWidth), `sideways scrolling on ${where}`).toBeLessThanOrEqual(390);
  }
}

/**
 * Presses Tab (Shift+Tab with `backwards`) until `target` has focus, as a keyboard user would, and
 * checks the focus can be seen there (an outline or a ring). Fails if it is not reached in `limit` presses.
 */
export async function tabTo(page: Page, target: import("@playwright/test").Locator, { limit = 60, backwards = false } = {}): Promise<void> {
  const handle = await target.elementHandle();
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
    if (await page.evaluate((el) => document.activeElement === el, handle)) {
      await expectFocusVisible(page);
      return;
    }
  }
  throw new Error(`${target} not reached with ${limit} presses of Tab`);
}

/** The focused element shows it: its outline or ring differs from the same element without focus. */
export async function expectFocusVisible(page: Page): Promise<void> {
  const shown = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return "nothing focused";
    const look = () => {
      const style = getComputedStyle(el);
      return `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} | ${style.boxShadow}`;
    };
    const focused = look();
    el.blur();
    const unfocused = look();
    el.focus();
    return focused !== unfocused && el.matches(":focus-visible") ? "visible" : `no visible focus on ${el.outerHTML.slice(0, 100)}`;
  });
  expect(shown).toBe("visible");
}
