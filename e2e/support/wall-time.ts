import { expect, type Locator, type Page } from "@playwright/test";

/**
 * The PIN editor's "Valid from"/"Valid until": a date input and a 24-hour time input (named
 * "Valid from, date (…)" and "Valid from, time (…)"), holding one `YYYY-MM-DDTHH:mm` between them.
 */
/** The words the two inputs' names add to the field's label, in the page's language. */
export type PartWords = { date: string; time: string };
const ENGLISH: PartWords = { date: "date", time: "time" };

const parts = (scope: Page | Locator, label: string, words: PartWords) => ({
  date: scope.getByLabel(`${label}, ${words.date}`),
  time: scope.getByLabel(`${label}, ${words.time}`),
});

/** Types a wall time `YYYY-MM-DDTHH:mm` into the field labelled `label`, as a host would: the date, then the time. */
export async function fillWallTime(scope: Page | Locator, label: string, wall: string, words: PartWords = ENGLISH) {
  const [date = "", time = ""] = wall.split("T");
  const field = parts(scope, label, words);
  await field.date.fill(date);
  await field.time.fill(time);
}

/** The field labelled `label` shows the wall time `YYYY-MM-DDTHH:mm`. */
export async function expectWallTime(scope: Page | Locator, label: string, wall: string) {
  const [date = "", time = ""] = wall.split("T");
  const field = parts(scope, label, ENGLISH);
  await expect(field.date).toHaveValue(date);
  await expect(field.time).toHaveValue(time);
}
