import { expect, test } from "@playwright/test";
import { signIn } from "./support/session";
import { simulator } from "./support/simulator";

test("every page carries a nonce CSP without inline scripts, and no page can be framed", async ({ request }) => {
  const nonces = new Set<string>();
  for (const path of ["/signin", "/", "/locks/1", "/no-such-page"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    const csp = response.headers()["content-security-policy"] ?? "";
    expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp, path).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
    expect(response.headers()["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(response.headers()["permissions-policy"], path).toContain("camera=()");
    nonces.add(/'nonce-([^']+)'/.exec(csp)?.[1] ?? "");
  }
  expect(nonces.size).toBe(4); // a fresh nonce per response
});

test("the sign-in page's scripts all carry the response's nonce", async ({ page }) => {
  const response = await page.goto("/signin");
  const nonce = /'nonce-([^']+)'/.exec(response?.headers()["content-security-policy"] ?? "")?.[1];
  const scripts = await page.evaluate(() => [...document.querySelectorAll("script")].map((s) => s.nonce));
  expect(scripts.length).toBeGreaterThan(0);
  for (const n of scripts) expect(n).toBe(nonce);
  await expect(page.getByRole("button", { name: "Sign in with Nuki" })).toBeEnabled();
});

test("API answers are JSON that cannot run or be framed", async ({ request }) => {
  const response = await request.get("/api/locks");
  expect(response.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["content-type"]).toContain("application/json");
});

test("a signed-in host's JSON answers are never kept by a shared cache: reads, writes and refusals", async ({ page, request }) => {
  await simulator(request).reset();
  await signIn(page);
  const headers = { Origin: new URL(page.url()).origin };
  const answers = [
    await page.request.get("/api/locks"),
    await page.request.post("/api/properties", { data: { name: "Cache check", lockIds: [17923456781] }, headers }),
    await page.request.post("/api/properties", { data: { name: "", lockIds: [] }, headers }),
    await page.request.delete("/api/locks/17923456781/pins/not-a-pin", { headers }),
  ];
  expect(answers.map((a) => a.status())).toEqual([200, 201, 422, 404]);
  for (const answer of answers) expect(answer.headers()["cache-control"], answer.url()).toBe("no-store");
});
