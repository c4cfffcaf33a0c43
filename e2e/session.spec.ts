import { expect, test } from "@playwright/test";
import { signIn } from "./support/session";
import { simulator } from "./support/simulator";

test.beforeEach(async ({ request }) => {
  await simulator(request).reset();
});

test("the session cookie is HttpOnly and SameSite=Lax, and sign-out makes a copied cookie worthless", async ({ page, context, browser, baseURL }) => {
  await signIn(page);
  const cookie = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"))!;
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  expect(cookie.secure).toBe(baseURL!.startsWith("https://"));

  // Someone copied the cookie while the host was signed in: it works now…
  const thief = await browser.newContext({ baseURL });
  await thief.addCookies([cookie]);
  expect((await thief.request.get("/api/locks")).status()).toBe(200);

  // …and not after the host signs out, because the tokens behind it are gone from the server.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  const after = await thief.request.get("/api/locks");
  expect(after.status()).toBe(401);
  expect((await after.json()).error.code).toBe("unauthorized");
  await thief.close();
});

test("writes marked cross-site by the browser are refused even with the right Origin", async ({ page }) => {
  await signIn(page);
  const state = await simulator(page.request).state();
  const berlin = state.locks.find((l) => l.name === "Berlin Apartment")!;
  const origin = new URL(page.url()).origin;
  const response = await page.request.post(`/api/locks/${berlin.smartlockId}/sync`, { headers: { Origin: origin, "Sec-Fetch-Site": "cross-site" } });
  expect(response.status()).toBe(403);
  expect((await response.json()).error).toMatchObject({ code: "forbidden_origin" });
  const missing = await page.request.post(`/api/locks/${berlin.smartlockId}/sync`, { headers: { "Sec-Fetch-Site": "same-origin" } });
  expect(missing.status()).toBe(403);
});
