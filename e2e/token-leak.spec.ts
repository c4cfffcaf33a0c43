import { expect, test } from "@playwright/test";
import { signIn } from "./support/session";
import { simulator } from "./support/simulator";

test("no OAuth token reaches the browser: not in a page, a script, a JSON answer, a cookie or storage", async ({ page, context, request }) => {
  const received: string[] = [];
  page.on("response", async (response) => {
    const type = response.headers()["content-type"] ?? "";
    if (/json|html|javascript|text|x-component/.test(type)) {
      received.push(await response.text().catch(() => ""));
    }
  });

  await simulator(request).reset();
  await signIn(page);
  await page.getByTestId("lock-card").filter({ hasText: "Berlin Apartment" }).click();
  await expect(page.getByTestId("pin-row").first()).toBeVisible();
  received.push(await (await page.request.get("/api/auth/session")).text());
  received.push(await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie));
  received.push(...(await context.cookies()).map((c) => c.value));

  const { tokens } = await simulator(request).state();
  const secrets = [...tokens.accessTokens, ...tokens.refreshTokens];
  expect(secrets.length).toBeGreaterThan(1);
  const everything = received.join("\n");
  for (const secret of secrets) expect(everything).not.toContain(secret);

  const session = await (await page.request.get("/api/auth/session")).json();
  expect(Object.keys(session).sort()).toEqual(["expires", "user"]);
  const sessionCookie = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(sessionCookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
});
