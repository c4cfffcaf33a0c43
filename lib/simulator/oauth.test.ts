import { describe, expect, it } from "vitest";
import { DEMO_CLIENT } from "@/lib/env/index.mjs";
import { NukiSimulator } from "./simulator";
import { APP_SCOPES, authorize, call, createClock, REDIRECT_URI, signIn, ticketOf, type Tokens } from "./test-support";

function newSim(ttl = 600) {
  const clock = createClock();
  return { clock, sim: new NukiSimulator({ now: clock.now, tokenTtlSeconds: ttl, propagationDelayMs: 0 }) };
}

const authorizeQuery = (overrides: Record<string, string> = {}) =>
  new URLSearchParams({ response_type: "code", client_id: DEMO_CLIENT.id, redirect_uri: REDIRECT_URI, scope: APP_SCOPES, state: "s1", ...overrides });

const tokenForm = (form: Record<string, string>) => ({ form: { client_id: DEMO_CLIENT.id, client_secret: DEMO_CLIENT.secret, ...form } });

describe("authorize", () => {
  it("shows an accessible consent page without scripts", async () => {
    const { sim } = newSim();
    const page = await call(sim, "GET", `/oauth/authorize?${authorizeQuery()}`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(page.text).toContain('<html lang="en">');
    expect(page.text).toMatch(/<title>[^<]+<\/title>/);
    expect(page.text).toContain("Nuki simulator — sign in as Demo Host (host@keyhost.example)?");
    expect(page.text).toContain('name="viewport"');
    expect(page.text).toContain("View your activity logs");
    expect(page.text).toMatch(/<button type="submit" name="decision" value="allow"[^>]*>Allow<\/button>/);
    expect(page.text).toMatch(/<button type="submit" name="decision" value="deny"[^>]*>Deny<\/button>/);
    expect(page.text).toContain('<form method="post" action="/sim/oauth/authorize"');
    expect(page.text).toContain('<input type="hidden" name="state" value="s1">');
    expect(page.text).toContain("min-height:48px");
    expect(page.text).not.toMatch(/<script/i);
  });

  it("accepts the callback on 127.0.0.1, on localhost (http or https) and on the simulator's own origin, and nothing else", async () => {
    const { sim } = newSim();
    const ok = ["http://127.0.0.1:3100/api/auth/callback/nuki", "http://localhost:3100/api/auth/callback/nuki", "https://localhost:3443/api/auth/callback/nuki"];
    for (const uri of ok) expect((await call(sim, "GET", `/oauth/authorize?${authorizeQuery({ redirect_uri: uri })}`)).status).toBe(200);
    const own = await sim.handle(
      new Request(`https://keyhost.example/sim/oauth/authorize?${authorizeQuery({ redirect_uri: "https://keyhost.example/api/auth/callback/nuki" })}`),
      "/sim",
    );
    expect(own.status).toBe(200);
    const bad = ["https://evil.example/api/auth/callback/nuki", "http://localhost:3000/api/auth/callback/other", "not a url"];
    for (const uri of bad) {
      const page = await call(sim, "GET", `/oauth/authorize?${authorizeQuery({ redirect_uri: uri })}`);
      expect(page.status).toBe(400);
      expect(page.headers.get("location")).toBeNull();
    }
  });

  it("refuses an unknown client without redirecting, and reports other errors to the app", async () => {
    const { sim } = newSim();
    const unknown = await call(sim, "GET", `/oauth/authorize?${authorizeQuery({ client_id: "nope" })}`);
    expect(unknown.status).toBe(400);
    expect(unknown.text).toContain('<html lang="en">');
    const implicit = await call(sim, "GET", `/oauth/authorize?${authorizeQuery({ response_type: "token" })}`);
    expect(implicit.status).toBe(302);
    expect(implicit.headers.get("location")).toContain("error=unsupported_response_type");
    const scope = await call(sim, "GET", `/oauth/authorize?${authorizeQuery({ scope: "account admin" })}`);
    expect(new URL(scope.headers.get("location") ?? "").searchParams.get("error")).toBe("invalid_scope");
  });

  it("sends a denial back with the state", async () => {
    const { sim } = newSim();
    const page = await call(sim, "GET", `/oauth/authorize?${authorizeQuery()}`);
    const deny = await call(sim, "POST", "/oauth/authorize", {
      form: { ticket: ticketOf(page.text), client_id: DEMO_CLIENT.id, redirect_uri: REDIRECT_URI, state: "s1", decision: "deny" },
    });
    expect(deny.status).toBe(302);
    const location = new URL(deny.headers.get("location") ?? "");
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT_URI);
    expect(location.searchParams.get("error")).toBe("access_denied");
    expect(location.searchParams.get("state")).toBe("s1");
    expect(location.searchParams.get("code")).toBeNull();
  });

  it("accepts each consent page once", async () => {
    const { sim } = newSim();
    const page = await call(sim, "GET", `/oauth/authorize?${authorizeQuery()}`);
    const form = { ticket: ticketOf(page.text), client_id: DEMO_CLIENT.id, redirect_uri: REDIRECT_URI, decision: "allow" };
    expect((await call(sim, "POST", "/oauth/authorize", { form })).status).toBe(302);
    expect((await call(sim, "POST", "/oauth/authorize", { form })).status).toBe(400);
  });
});

describe("token", () => {
  it("runs the whole flow: code, token, refresh with rotation, expiry", async () => {
    const { sim, clock } = newSim(600);
    const code = await authorize(sim);
    const exchanged = await call(sim, "POST", "/oauth/token", tokenForm({ grant_type: "authorization_code", code, redirect_uri: REDIRECT_URI }));
    expect(exchanged.status).toBe(200);
    expect(exchanged.headers.get("cache-control")).toBe("no-store");
    const first = exchanged.body as Tokens;
    expect(first).toEqual({ access_token: expect.any(String), token_type: "bearer", expires_in: 600, refresh_token: expect.any(String), scope: APP_SCOPES });
    expect((await call(sim, "GET", "/account", { token: first.access_token })).status).toBe(200);

    // Refresh with HTTP Basic client credentials: a new refresh token, the old one spent.
    const basic = `Basic ${btoa(`${DEMO_CLIENT.id}:${DEMO_CLIENT.secret}`)}`;
    const refreshed = await call(sim, "POST", "/oauth/token", {
      form: { grant_type: "refresh_token", refresh_token: first.refresh_token },
      headers: { Authorization: basic },
    });
    expect(refreshed.status).toBe(200);
    const second = refreshed.body as Tokens;
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect(second.access_token).not.toBe(first.access_token);
    const replay = await call(sim, "POST", "/oauth/token", tokenForm({ grant_type: "refresh_token", refresh_token: first.refresh_token }));
    expect(replay).toMatchObject({ status: 400, body: { error: "invalid_grant" } });

    clock.advance(600_000);
    const expired = await call(sim, "GET", "/smartlock", { token: second.access_token });
    expect(expired.status).toBe(401);
    expect(expired.body).toEqual({ detailMessage: expect.any(String), stackTrace: [], suppressedExceptions: [] });

    const third = (await call(sim, "POST", "/oauth/token", tokenForm({ grant_type: "refresh_token", refresh_token: second.refresh_token }))).body as Tokens;
    expect((await call(sim, "GET", "/smartlock", { token: third.access_token })).status).toBe(200);
  });

  it("uses a code once: a replay fails and revokes what the code gave", async () => {
    const { sim } = newSim();
    const code = await authorize(sim);
    const form = tokenForm({ grant_type: "authorization_code", code, redirect_uri: REDIRECT_URI });
    const tokens = (await call(sim, "POST", "/oauth/token", form)).body as Tokens;
    expect(await call(sim, "POST", "/oauth/token", form)).toMatchObject({ status: 400, body: { error: "invalid_grant" } });
    expect((await call(sim, "GET", "/account", { token: tokens.access_token })).status).toBe(401);
  });

  it("lets a code expire after a minute and checks the redirect URI", async () => {
    const { sim, clock } = newSim();
    const mismatch = await call(sim, "POST", "/oauth/token", tokenForm({ grant_type: "authorization_code", code: await authorize(sim), redirect_uri: "http://localhost:3000/other" }));
    expect(mismatch.body).toMatchObject({ error: "invalid_grant" });
    const code = await authorize(sim);
    clock.advance(61_000);
    const late = await call(sim, "POST", "/oauth/token", tokenForm({ grant_type: "authorization_code", code, redirect_uri: REDIRECT_URI }));
    expect(late).toMatchObject({ status: 400, body: { error: "invalid_grant" } });
  });

  it("answers client and request errors per RFC 6749", async () => {
    const { sim } = newSim();
    const wrongSecret = await call(sim, "POST", "/oauth/token", { form: { grant_type: "refresh_token", refresh_token: "x", client_id: DEMO_CLIENT.id, client_secret: "wrong" } });
    expect(wrongSecret).toMatchObject({ status: 401, body: { error: "invalid_client" } });
    expect(wrongSecret.headers.get("www-authenticate")).toContain("Basic");
    const noClient = await call(sim, "POST", "/oauth/token", { form: { grant_type: "refresh_token", refresh_token: "x" } });
    expect(noClient).toMatchObject({ status: 401, body: { error: "invalid_client" } });
    expect(await call(sim, "POST", "/oauth/token", tokenForm({ grant_type: "password" }))).toMatchObject({ status: 400, body: { error: "unsupported_grant_type" } });
    expect(await call(sim, "POST", "/oauth/token", tokenForm({}))).toMatchObject({ status: 400, body: { error: "invalid_request" } });
    expect(await call(sim, "POST", "/oauth/token", tokenForm({ grant_type: "refresh_token", refresh_token: "unknown" }))).toMatchObject({ status: 400, body: { error: "invalid_grant" } });
    const asJson = await call(sim, "POST", "/oauth/token", { json: { grant_type: "refresh_token" } });
    expect(asJson).toMatchObject({ status: 400, body: { error: "invalid_request" } });
  });

  it("issues random opaque tokens", async () => {
    const { sim } = newSim();
    const a = await signIn(sim);
    const b = await signIn(sim);
    expect(new Set([a.access_token, a.refresh_token, b.access_token, b.refresh_token]).size).toBe(4);
    expect(a.access_token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

describe("bearer tokens", () => {
  it("answers 401 in Nuki's shape without, with an unknown, or with an under-scoped token", async () => {
    const { sim } = newSim();
    const shape = { detailMessage: expect.any(String), stackTrace: [], suppressedExceptions: [] };
    expect(await call(sim, "GET", "/smartlock")).toMatchObject({ status: 401, body: shape });
    expect(await call(sim, "GET", "/smartlock", { token: "made-up" })).toMatchObject({ status: 401, body: shape });
    const accountOnly = await signIn(sim, "account");
    expect((await call(sim, "GET", "/account", { token: accountOnly.access_token })).status).toBe(200);
    expect(await call(sim, "GET", "/smartlock", { token: accountOnly.access_token })).toMatchObject({ status: 401, body: shape });
  });
});
