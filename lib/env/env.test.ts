import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEMO_CLIENT, parseEnv } from "./index.mjs";

const dataDir = () => mkdtempSync(path.join(tmpdir(), "keyhost-env-"));

describe("parseEnv", () => {
  it("runs in demo mode on the simulator when no client credentials are set", () => {
    const env = parseEnv({ KEYHOST_DATA_DIR: dataDir() });
    expect(env.demoMode).toBe(true);
    expect(env.nukiApiUrl).toBe("http://localhost:3000/sim");
    expect(env.nukiClientId).toBe(DEMO_CLIENT.id);
    expect(env.authSecret.length).toBeGreaterThanOrEqual(32);
  });

  it("keeps the generated demo secret across restarts", () => {
    const dir = dataDir();
    expect(parseEnv({ KEYHOST_DATA_DIR: dir }).authSecret).toBe(parseEnv({ KEYHOST_DATA_DIR: dir }).authSecret);
  });

  it("talks to api.nuki.io with real credentials", () => {
    const env = parseEnv({ NUKI_CLIENT_ID: "id", NUKI_CLIENT_SECRET: "s", NEXTAUTH_SECRET: "x".repeat(32) });
    expect(env.demoMode).toBe(false);
    expect(env.nukiApiUrl).toBe("https://api.nuki.io");
  });

  it("uses SQLite in the data directory unless DATABASE_URL names PostgreSQL", () => {
    const dir = dataDir();
    expect(parseEnv({ KEYHOST_DATA_DIR: dir }).database).toEqual({ kind: "sqlite", file: path.join(dir, "keyhost.sqlite") });
    expect(parseEnv({ KEYHOST_DATA_DIR: dir, DATABASE_URL: "postgres://u@h/db" }).database).toEqual({ kind: "postgres", url: "postgres://u@h/db" });
  });

  it("strips trailing slashes from URLs", () => {
    const env = parseEnv({ NEXTAUTH_URL: "https://keyhost.example/", NUKI_API_URL: "http://127.0.0.1:9/", KEYHOST_DATA_DIR: dataDir() });
    expect(env.appUrl).toBe("https://keyhost.example");
    expect(env.nukiApiUrl).toBe("http://127.0.0.1:9");
  });

  it("limits writes and generated codes per sign-in, configurably", () => {
    expect(parseEnv({ KEYHOST_DATA_DIR: dataDir() }).rateLimits).toEqual({
      writes: { perMinute: 30, burst: 10 },
      generatedCodes: { perMinute: 20, burst: 20 },
    });
    const env = parseEnv({ KEYHOST_DATA_DIR: dataDir(), RATE_LIMIT_WRITES_PER_MINUTE: "120", RATE_LIMIT_WRITE_BURST: "40", RATE_LIMIT_CODES_PER_MINUTE: "5" });
    expect(env.rateLimits).toEqual({ writes: { perMinute: 120, burst: 40 }, generatedCodes: { perMinute: 5, burst: 5 } });
  });

  it("sends guest e-mails only when SMTP_URL and SMTP_FROM are both set", () => {
    expect(parseEnv({ KEYHOST_DATA_DIR: dataDir() }).mail).toBeNull();
    expect(parseEnv({ KEYHOST_DATA_DIR: dataDir(), SMTP_URL: " ", SMTP_FROM: "keys@example.com" }).mail).toBeNull();
    expect(parseEnv({ KEYHOST_DATA_DIR: dataDir(), SMTP_URL: "smtps://u:p%40ss@mail.example:465", SMTP_FROM: "Keyhost <keys@example.com>" }).mail).toEqual({
      url: "smtps://u:p%40ss@mail.example:465",
      from: "Keyhost <keys@example.com>",
    });
    expect(parseEnv({ KEYHOST_DATA_DIR: dataDir(), SMTP_URL: "smtp://127.0.0.1:2525", SMTP_FROM: "keys@example.com" }).mail?.from).toBe("keys@example.com");
  });

  it("never repeats the SMTP password when SMTP_URL is refused", () => {
    expect(() => parseEnv({ KEYHOST_DATA_DIR: dataDir(), SMTP_URL: "http://user:hunter2secret@mail.example", SMTP_FROM: "a@b.example" })).toThrow(
      /^(?![\s\S]*hunter2secret)[\s\S]*SMTP_URL:/,
    );
  });

  it("flags a stay as a no-show two hours after check-in unless told otherwise", () => {
    expect(parseEnv({ KEYHOST_DATA_DIR: dataDir() }).noShowDelayMinutes).toBe(120);
    expect(parseEnv({ KEYHOST_DATA_DIR: dataDir(), NO_SHOW_DELAY_MINUTES: "45" }).noShowDelayMinutes).toBe(45);
  });

  it("sends pre-arrival alerts to ALERT_EMAIL when set, else to the Nuki account's e-mail", () => {
    expect(parseEnv({ KEYHOST_DATA_DIR: dataDir() }).alertEmail).toBeNull();
    expect(parseEnv({ KEYHOST_DATA_DIR: dataDir(), ALERT_EMAIL: " host@example.com " }).alertEmail).toBe("host@example.com");
  });

  it.each([
    [{ ALERT_EMAIL: "host at example" }, "ALERT_EMAIL"],
    [{ NO_SHOW_DELAY_MINUTES: "-5" }, "NO_SHOW_DELAY_MINUTES"],
    [{ NO_SHOW_DELAY_MINUTES: "two hours" }, "NO_SHOW_DELAY_MINUTES"],
    [{ NUKI_API_URL: "not a url" }, "NUKI_API_URL"],
    [{ NEXTAUTH_URL: "ftp://x" }, "NEXTAUTH_URL"],
    [{ NUKI_CLIENT_ID: "id" }, "NUKI_CLIENT_SECRET"],
    [{ NUKI_CLIENT_SECRET: "s" }, "NUKI_CLIENT_ID"],
    [{ NUKI_CLIENT_ID: "id", NUKI_CLIENT_SECRET: "s" }, "NEXTAUTH_SECRET"],
    [{ NEXTAUTH_SECRET: "short" }, "NEXTAUTH_SECRET"],
    [{ SIMULATOR_TOKEN_TTL_SECONDS: "soon" }, "SIMULATOR_TOKEN_TTL_SECONDS"],
    [{ DATABASE_URL: "mysql://db" }, "DATABASE_URL"],
    [{ RATE_LIMIT_WRITES_PER_MINUTE: "0" }, "RATE_LIMIT_WRITES_PER_MINUTE"],
    [{ RATE_LIMIT_WRITE_BURST: "lots" }, "RATE_LIMIT_WRITE_BURST"],
    [{ RATE_LIMIT_CODES_PER_MINUTE: "2.5" }, "RATE_LIMIT_CODES_PER_MINUTE"],
    [{ SMTP_URL: "smtp://mail.example" }, "SMTP_FROM"],
    [{ SMTP_URL: "https://mail.example", SMTP_FROM: "a@b.example" }, "SMTP_URL"],
    [{ SMTP_URL: "smtp://", SMTP_FROM: "a@b.example" }, "SMTP_URL"],
    [{ SMTP_URL: "mail.example:25", SMTP_FROM: "a@b.example" }, "SMTP_URL"],
    [{ SMTP_URL: "smtp://mail.example", SMTP_FROM: "keyhost" }, "SMTP_FROM"],
    [{ SMTP_URL: "smtp://mail.example", SMTP_FROM: "Keyhost <not an address>" }, "SMTP_FROM"],
    [{ SMTP_URL: "smtp://mail.example", SMTP_FROM: "a@b.example\nBcc: x@y.example" }, "SMTP_FROM"],
    [{ SMTP_FROM: "nope" }, "SMTP_FROM"],
  ])("names the bad variable in %j", (source, variable) => {
    expect(() => parseEnv({ KEYHOST_DATA_DIR: dataDir(), ...source })).toThrow(new RegExp(`${variable}:`));
  });
});
