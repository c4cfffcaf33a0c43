// Validated configuration. Plain JavaScript so next.config.mjs can import it and fail the
// build or start-up with a message naming the bad variable.
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/** The OAuth client the built-in simulator accepts; used only in demo mode. */
export const DEMO_CLIENT = { id: "keyhost-demo", secret: "keyhost-demo-secret" };

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();
const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });

const email = z.email();

/**
 * Checked without echoing the value: an SMTP URL may hold a password.
 * @param {string} value
 */
function isSmtpUrl(value) {
  try {
    const url = new URL(value);
    return (url.protocol === "smtp:" || url.protocol === "smtps:") && url.hostname !== "";
  } catch {
    return false;
  }
}

/**
 * "keys@example.com" or "Keyhost <keys@example.com>"; no line breaks, which would end a mail header.
 * @param {string} value
 */
function isSender(value) {
  if (/[\r\n]/.test(value)) return false;
  const named = /^[^<>]*<([^<>]+)>$/.exec(value);
  return email.safeParse(named ? named[1] : value).success;
}

const schema = z
  .object({
    NEXTAUTH_URL: z
      .string()
      .trim()
      .default("http://localhost:3000")
      .pipe(httpUrl)
      .transform((v) => v.replace(/\/+$/, "")),
    NEXTAUTH_SECRET: optionalText.pipe(z.string().min(16, "must be at least 16 characters").optional()),
    NUKI_API_URL: optionalText.pipe(httpUrl.optional()).transform((v) => v?.replace(/\/+$/, "")),
    NUKI_CLIENT_ID: optionalText,
    NUKI_CLIENT_SECRET: optionalText,
    KEYHOST_DATA_DIR: z.string().trim().default(".data"),
    DATABASE_URL: optionalText.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL (leave it unset for the embedded SQLite database)")
        .optional(),
    ),
    PIN_CONFIRM_TIMEOUT_SECONDS: z.coerce.number().int().min(2).max(3600).default(60),
    PIN_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(4),
    DRIFT_AUDIT_SECONDS: z.coerce.number().int().min(5).max(86400).default(300),
    ENGINE_TICK_MS: z.coerce.number().int().min(100).max(60000).default(1000),
    NO_SHOW_DELAY_MINUTES: z.coerce.number().int().min(0).max(10080).default(120),
    KEYHOST_PUBLIC_URL: optionalText.pipe(
      z
        .string()
        .url()
        .refine((u) => u.startsWith("https://") || /^http:\/\/(localhost|127\.0\.0\.1)(:|\/|$)/.test(u), "must be an https:// URL Nuki can reach (http only for localhost)")
        .optional(),
    ),
    RATE_LIMIT_WRITES_PER_MINUTE: z.coerce.number().int().min(1).max(100000).default(30),
    RATE_LIMIT_WRITE_BURST: z.coerce.number().int().min(1).max(10000).default(10),
    RATE_LIMIT_CODES_PER_MINUTE: z.coerce.number().int().min(1).max(10000).default(20),
    SMTP_URL: optionalText.pipe(
      z
        .string()
        .refine(isSmtpUrl, "must be an smtp:// or smtps:// URL with a host, e.g. smtp://user:pass@mail.example:587")
        .optional(),
    ),
    SMTP_FROM: optionalText.pipe(
      z
        .string()
        .refine(isSender, "must be an e-mail address, optionally with a name: Keyhost <keys@example.com>")
        .optional(),
    ),
    ALERT_EMAIL: optionalText.pipe(email.optional()),
    CALENDAR_SYNC_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
    DEMO_CALENDARS: z.enum(["on", "off"], { error: "must be on or off" }).default("on"),
    SIMULATOR_TOKEN_TTL_SECONDS: z.coerce.number().int().min(5).max(86400).default(600),
    SIMULATOR_PROPAGATION_DELAY_MS: z.coerce.number().int().min(0).max(600000).default(1500),
  })
  .superRefine((v, ctx) => {
    if (Boolean(v.NUKI_CLIENT_ID) !== Boolean(v.NUKI_CLIENT_SECRET)) {
      const missing = v.NUKI_CLIENT_ID ? "NUKI_CLIENT_SECRET" : "NUKI_CLIENT_ID";
      ctx.addIssue({ code: "custom", path: [missing], message: "is required when the other Nuki client variable is set" });
    }
    if (v.SMTP_URL && !v.SMTP_FROM) {
      ctx.addIssue({ code: "custom", path: ["SMTP_FROM"], message: "is required when SMTP_URL is set (the sender of guest e-mails)" });
    }
    if (v.NUKI_CLIENT_ID && !v.NEXTAUTH_SECRET) {
      ctx.addIssue({ code: "custom", path: ["NEXTAUTH_SECRET"], message: "is required when signing in against real Nuki" });
    }
  });

/**
 * Reads or creates the demo session secret so sessions survive a restart of a demo server.
 * @param {string} dataDir
 */
function demoSecret(dataDir) {
  const file = path.join(dataDir, "demo-nextauth-secret");
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    const secret = randomBytes(32).toString("base64url");
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}

/**
 * @param {Record<string, string | undefined>} source
 */
export function parseEnv(source) {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".") || "(env)"}: ${i.message}`);
    throw new Error(`Invalid Keyhost configuration:\n${lines.join("\n")}`);
  }
  const v = result.data;
  const demoMode = !v.NUKI_CLIENT_ID;
  const dataDir = path.resolve(v.KEYHOST_DATA_DIR);
  return {
    demoMode,
    appUrl: v.NEXTAUTH_URL,
    /** Where the Nuki REST API and its OAuth endpoints live; the built-in simulator in demo mode. */
    nukiApiUrl: v.NUKI_API_URL ?? (demoMode ? `${v.NEXTAUTH_URL}/sim` : "https://api.nuki.io"),
    nukiClientId: v.NUKI_CLIENT_ID ?? DEMO_CLIENT.id,
    nukiClientSecret: v.NUKI_CLIENT_SECRET ?? DEMO_CLIENT.secret,
    authSecret: v.NEXTAUTH_SECRET ?? demoSecret(dataDir),
    dataDir,
    /** PostgreSQL for deployments with several app instances; otherwise SQLite in the data directory. */
    database: v.DATABASE_URL
      ? { kind: "postgres", url: v.DATABASE_URL }
      : { kind: "sqlite", file: path.join(dataDir, "keyhost.sqlite") },
    /** How long a write may stay unseen in Nuki's listing before the host is told it did not land. */
    pinConfirmTimeoutMs: v.PIN_CONFIRM_TIMEOUT_SECONDS * 1000,
    /** Writes sent for one change before it is shown as failed. */
    pinMaxAttempts: v.PIN_MAX_ATTEMPTS,
    /** How often settled PINs are compared with Nuki's listing in the background. */
    driftAuditMs: v.DRIFT_AUDIT_SECONDS * 1000,
    engineTickMs: v.ENGINE_TICK_MS,
    /** How long after check-in a stay without a single keypad entry is shown as a no-show. */
    noShowDelayMinutes: v.NO_SHOW_DELAY_MINUTES,
    /** Where Nuki can reach this app; when set, a webhook is registered so writes confirm at once. */
    publicUrl: v.KEYHOST_PUBLIC_URL ?? (demoMode ? v.NEXTAUTH_URL : null),
    /** Per sign-in and per process: enough for any host clicking, too little to flood a keypad. */
    rateLimits: {
      writes: { perMinute: v.RATE_LIMIT_WRITES_PER_MINUTE, burst: v.RATE_LIMIT_WRITE_BURST },
      generatedCodes: { perMinute: v.RATE_LIMIT_CODES_PER_MINUTE, burst: v.RATE_LIMIT_CODES_PER_MINUTE },
    },
    /** Guest messages by e-mail; null when SMTP is not configured (copy and share still work). */
    mail: v.SMTP_URL && v.SMTP_FROM ? { url: v.SMTP_URL, from: v.SMTP_FROM } : null,
    /** Where pre-arrival alerts go; null: the signed-in Nuki account's e-mail. */
    alertEmail: v.ALERT_EMAIL ?? null,
    /** How often each calendar feed (Airbnb, Booking.com, VRBO, iCal) is read. */
    calendarSyncMs: v.CALENDAR_SYNC_MINUTES * 60_000,
    /** Demo mode: a new account gets a demo property following the demo's booking calendars. */
    demoCalendars: demoMode && v.DEMO_CALENDARS === "on",
    simulator: {
      tokenTtlSeconds: v.SIMULATOR_TOKEN_TTL_SECONDS,
      propagationDelayMs: v.SIMULATOR_PROPAGATION_DELAY_MS,
    },
  };
}

export const env = parseEnv(process.env);
// next-auth reads these from the environment itself.
process.env.NEXTAUTH_URL ??= env.appUrl;
process.env.NEXTAUTH_SECRET ??= env.authSecret;
