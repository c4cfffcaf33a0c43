import { expect, test } from "@playwright/test";
import { signIn } from "./support/session";
import { simulator } from "./support/simulator";

test("a burst of writes from one sign-in is slowed down with 429 and Retry-After, junk included", async ({ page, browser, baseURL, request }) => {
  await simulator(request).reset();
  await signIn(page);
  const berlin = (await simulator(request).state()).locks.find((l) => l.name === "Berlin Apartment")!;
  const origin = new URL(page.url()).origin;
  const junk = () => page.request.post(`/api/locks/${berlin.smartlockId}/pins`, { data: { name: "" }, headers: { Origin: origin } });

  // Invalid bodies count too: a brute-forcer sends junk as well.
  const answers = [];
  for (let i = 0; i < 40; i++) {
    const answer = await junk();
    answers.push(answer);
    if (answer.status() === 429) break;
  }
  const statuses = answers.map((a) => a.status());
  expect(statuses.at(-1), statuses.join(" ")).toBe(429);
  expect(statuses.slice(0, -1).every((s) => s === 422)).toBe(true);
  // The e2e suite's own tests stay far below the limit; this burst is what it is for.
  expect(statuses.length).toBeGreaterThan(5);

  const limited = answers.at(-1)!;
  expect(limited.headers()["retry-after"]).toMatch(/^[1-9][0-9]*$/);
  const body = await limited.json();
  expect(body).toEqual({ error: { code: "rate_limited", message: expect.stringMatching(/Too many changes/) } });
  expect(body.error.message).toContain(`${limited.headers()["retry-after"]} s`);

  // Reads go on, nothing of the junk reached Nuki, and a stranger still gets 401, not 429.
  expect((await page.request.get(`/api/locks/${berlin.smartlockId}/pins`)).status()).toBe(200);
  expect((await simulator(request).state()).requests.filter((r) => r.method !== "GET" && /\/auth(\/|$)/.test(r.path))).toEqual([]);
  const stranger = await request.post(`/api/locks/${berlin.smartlockId}/pins`, { data: { name: "" }, headers: { Origin: origin } });
  expect(stranger.status()).toBe(401);

  // The limit belongs to the sign-in: another one on the same account writes at once.
  const other = await browser.newContext({ baseURL });
  const otherPage = await other.newPage();
  await signIn(otherPage);
  const answer = await otherPage.request.post(`/api/locks/${berlin.smartlockId}/pins`, { data: { name: "" }, headers: { Origin: origin } });
  expect(answer.status()).toBe(422);
  await other.close();
});
