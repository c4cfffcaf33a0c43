import { describe, expect, it } from "vitest";
import { CLIENT, REDIRECT, testSimulator } from "./test-client";

describe("simulator OAuth", () => {
  it("shows a consent page for a registered client and redirect URI", async () => {
    const { call } = testSimulator();
    const page = await call("GET", `/oauth/authorize?response_type=code&client_id=${CLIENT.id}&redirect_uri=${encodeURIComponent(REDIRECT)}&state=xyz&scope=account`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Allow");
    expect(html).toContain('value="xyz"');
    const foreign = await call("GET", `/oauth/authorize?response_type=code&client_id=${CLIENT.id}&redirect_uri=${encodeURIComponent("https://evil.example/api/auth/callback/nuki")}`);
    expect(foreign.status).toBe(400);
    expect((await call("GET", `/oauth/authorize?response_type=code&client_id=nobody&redirect_uri=${encodeURIComponent(REDIRECT)}`)).status).toBe(400);
  });

  it("returns the user to the app with access_denied when they deny", async () => {
    const { call } = testSimulator();
    const denied = await call("POST", "/oauth/authorize", {
      form: { response_type: "code", client_id: CLIENT.id, redirect_uri: REDIRECT, state: "s", decision: "deny" },
    });
    expect(new URL(denied.headers.get("location")!).searchParams.get("error")).toBe("access_denied");
  });

  it("exchanges a code once, serves the API with the token, and refuses it once expired", async () => {
    const { call, signIn, advance } = testSimulator({ tokenTtlSeconds: 60 });
    const tokens = await signIn();
    expect(tokens.expires_in).toBe(60);
    expect((await call("GET", "/account", { token: tokens.access_token })).status).toBe(200);
    advance(61_000);
    const expired = await call("GET", "/account", { token: tokens.access_token });
    expect(expired.status).toBe(401);
    expect(await expired.json()).toMatchObject({ detailMessage: expect.any(String) });
    expect((await call("GET", "/account")).status).toBe(401);
  });

  it("rotates refresh tokens: the new one works, the old one is refused", async () => {
    const { call, signIn } = testSimulator();
    const first = await signIn();
    const refresh = (refreshToken: string, auth?: string) =>
      call("POST", "/oauth/token", {
        form: { grant_type: "refresh_token", refresh_token: refreshToken, ...(auth ? {} : { client_id: CLIENT.id, client_secret: CLIENT.secret }) },
        headers: auth ? { Authorization: auth } : {},
      });
    const basic = `Basic ${Buffer.from(`${CLIENT.id}:${CLIENT.secret}`).toString("base64")}`;
    const second = await refresh(first.refresh_token, basic);
    expect(second.status).toBe(200);
    const next = (await second.json()) as { access_token: string; refresh_token: string };
    expect(next.refresh_token).not.toBe(first.refresh_token);
    expect((await call("GET", "/account", { token: next.access_token })).status).toBe(200);
    const replay = await refresh(first.refresh_token);
    expect(replay.status).toBe(400);
    expect(await replay.json()).toMatchObject({ error: "invalid_grant" });
  });

  it("refuses a used code, a wrong secret and an unknown grant", async () => {
    const { call } = testSimulator();
    const consent = await call("POST", "/oauth/authorize", { form: { response_type: "code", client_id: CLIENT.id, redirect_uri: REDIRECT, decision: "allow" } });
    const code = new URL(consent.headers.get("location")!).searchParams.get("code")!;
    const form = { grant_type: "authorization_code", code, redirect_uri: REDIRECT, client_id: CLIENT.id, client_secret: CLIENT.secret };
    expect((await call("POST", "/oauth/token", { form: { ...form, client_secret: "wrong" } })).status).toBe(401);
    expect((await call("POST", "/oauth/token", { form })).status).toBe(200);
    expect((await call("POST", "/oauth/token", { form })).status).toBe(400); // a code works once
    expect((await call("POST", "/oauth/token", { form: { ...form, grant_type: "password" } })).status).toBe(400);
  });
});
