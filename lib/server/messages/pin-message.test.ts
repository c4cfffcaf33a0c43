import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createPin, updatePin } from "@/lib/server/pins/service";
import { LOCKS } from "@/lib/simulator/test-support";
import { startLocalSmtpServer, type LocalSmtpServer } from "@/test/local-smtp-server";
import { DELAY, fakeDateInEachTest, later, simulatedContext } from "@/test/simulated-context";
import { messageForPin } from "./pin-message";

let smtp: LocalSmtpServer;

/** The send module as the app loads it, with SMTP set in the environment. */
async function sendModule(env: Record<string, string>) {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  vi.resetModules();
  return import("./send");
}

beforeAll(async () => {
  smtp = await startLocalSmtpServer();
});
afterAll(() => smtp.close());
fakeDateInEachTest();
afterEach(() => vi.unstubAllEnvs());

describe("the guest message of a PIN", () => {
  it("warns while the PIN is pending, refuses to send without confirmation, then sends once saved", async () => {
    const { ctx } = await simulatedContext();
    const { messageView, sendGuestMessage } = await sendModule({ SMTP_URL: smtp.url, SMTP_FROM: "Keyhost <keys@keyhost.test>" });
    const pin = await createPin(ctx, LOCKS.bondi, { name: "Weekend Guest", code: "583926", validFrom: "2027-01-08T15:00", validUntil: "2027-01-10T11:00" });

    const pending = await messageForPin(ctx, LOCKS.bondi, pin.id);
    expect(messageView(pending)).toMatchObject({ ready: false, notReadyReason: expect.stringMatching(/still being saved.*\(pending\)/), email: true });
    expect(messageView(pending)).not.toHaveProperty("notReadyCode");
    await expect(sendGuestMessage(pending, { to: "guest@example.com" })).rejects.toMatchObject({ code: "pin_not_saved" });
    expect(smtp.received.filter((m) => m.envelopeTo.includes("guest@example.com"))).toHaveLength(0);

    await later(ctx, DELAY + 1);
    const saved = await messageForPin(ctx, LOCKS.bondi, pin.id);
    expect(messageView(saved)).toEqual({ subject: "Your door code for Bondi Beach House", text: expect.any(String), language: "en", ready: true, email: true });
    expect(saved.text).toContain("Hello Weekend Guest,");
    expect(saved.text).toContain("583926");
    expect(saved.text).toContain("Valid from: Fri 8 Jan 2027, 15:00 (Australia/Sydney)");
    expect(saved.text).toContain("Valid until: Sun 10 Jan 2027, 11:00 (Australia/Sydney)");

    await sendGuestMessage(saved, { to: "guest@example.com" });
    const mail = await smtp.waitForMail((m) => m.envelopeTo.includes("guest@example.com"));
    expect(mail).toMatchObject({ from: '"Keyhost" <keys@keyhost.test>', subject: saved.subject, text: saved.text });
  });

  it("sends a message whose code may not work when the host confirms it", async () => {
    const { ctx } = await simulatedContext();
    const { sendGuestMessage } = await sendModule({ SMTP_URL: smtp.url, SMTP_FROM: "keys@keyhost.test" });
    const pin = await createPin(ctx, LOCKS.berlin, { name: "Early Guest", code: "694827" });
    const pending = await messageForPin(ctx, LOCKS.berlin, pin.id);
    await sendGuestMessage(pending, { to: "early@example.com", confirmNotReady: true });
    expect((await smtp.waitForMail((m) => m.envelopeTo.includes("early@example.com"))).text).toContain("694827");
  });

  it("stops a disabled PIN's message with pin_disabled, and uses a given template", async () => {
    const { ctx } = await simulatedContext();
    const { sendGuestMessage } = await sendModule({ SMTP_URL: smtp.url, SMTP_FROM: "keys@keyhost.test" });
    const pin = await createPin(ctx, LOCKS.london, { name: "Off Guest", code: "739514", enabled: false });
    await later(ctx, DELAY + 1);
    const property = { name: "Thames Stays", messageTemplate: "Subject: {property} for {guest}\nCode {code}, {from} – {until}", messageLanguage: "en" as const };
    const message = await messageForPin(ctx, LOCKS.london, pin.id, { property });
    expect(message).toEqual({
      subject: "Thames Stays for Off Guest",
      text: "Code 739514, any time – any time",
      language: "en",
      ready: false,
      notReadyReason: expect.stringMatching(/disabled/),
      notReadyCode: "pin_disabled",
    });
    await expect(sendGuestMessage(message, { to: "off@example.com" })).rejects.toMatchObject({ code: "pin_disabled" });
    await updatePin(ctx, LOCKS.london, pin.id, { enabled: true });
    await later(ctx, DELAY + 1);
    expect((await messageForPin(ctx, LOCKS.london, pin.id)).ready).toBe(true);
  });

  it("writes the message in the property's language, or the one chosen, with the host's reason in the host's language", async () => {
    const { ctx } = await simulatedContext();
    const { sendGuestMessage } = await sendModule({ SMTP_URL: smtp.url, SMTP_FROM: "keys@keyhost.test" });
    const pin = await createPin(ctx, LOCKS.berlin, { name: "Familie Weber", code: "583926", validFrom: "2026-12-05T15:00", validUntil: null, weekdays: ["mon", "tue", "wed", "thu", "fri"], dailyFrom: "08:00", dailyUntil: "18:00" });
    const property = { name: "Seeblick", messageTemplate: null, messageTemplateDe: null, messageLanguage: "de" as const };

    // A German property, an English host: a German message, the warning in English.
    const pending = await messageForPin(ctx, LOCKS.berlin, pin.id, { property, hostLocale: "en" });
    expect(pending).toMatchObject({ language: "de", subject: "Ihr Türcode für Seeblick", notReadyReason: expect.stringMatching(/^This PIN is still being saved/) });
    expect(pending.text).toMatch(/^Hallo Familie Weber,/);
    expect(pending.text).toContain("Öffnet: Berlin Apartment (nur Mo.–Fr. 08:00–18:00, Europe/Berlin)");
    expect(pending.text).toContain("Gültig ab: Sa., 5. Dez. 2026, 15:00 (Europe/Berlin)\nGültig bis: jederzeit");

    // The host picks English for this guest; the property's own English template is used.
    const english = await messageForPin(ctx, LOCKS.berlin, pin.id, { property: { ...property, messageTemplate: "Hi {guest}: {code}", messageTemplateDe: "Hallo {guest}: {code}" }, language: "en", hostLocale: "de" });
    expect(english).toMatchObject({ language: "en", subject: "Your door code for Seeblick", text: "Hi Familie Weber: 583926", notReadyReason: expect.stringMatching(/^Diese PIN wird noch/) });

    // A PIN on no property speaks the host's language.
    expect((await messageForPin(ctx, LOCKS.berlin, pin.id, { hostLocale: "de" })).language).toBe("de");
    expect((await messageForPin(ctx, LOCKS.berlin, pin.id)).language).toBe("en");

    await sendGuestMessage(pending, { to: "weber@example.com", confirmNotReady: true });
    const mail = await smtp.waitForMail((m) => m.envelopeTo.includes("weber@example.com"));
    expect(mail).toMatchObject({ subject: "Ihr Türcode für Seeblick", text: pending.text });
  });

  it("answers 404 for a PIN that is not on the lock", async () => {
    const { ctx } = await simulatedContext();
    await expect(messageForPin(ctx, LOCKS.bondi, "00000000-0000-4000-8000-000000000000")).rejects.toMatchObject({ code: "not_found" });
    await expect(messageForPin(ctx, LOCKS.bondi, "../x")).rejects.toMatchObject({ code: "not_found" });
  });

  it("answers 409 mail_disabled without SMTP, and says so in the view", async () => {
    const { ctx } = await simulatedContext();
    const { messageView, sendGuestMessage } = await sendModule({ SMTP_URL: "", SMTP_FROM: "" });
    const pin = await createPin(ctx, LOCKS.bondi, { name: "No Mail", code: "862417" });
    await later(ctx, DELAY + 1);
    const message = await messageForPin(ctx, LOCKS.bondi, pin.id);
    expect(messageView(message).email).toBe(false);
    await expect(sendGuestMessage(message, { to: "x@example.com" })).rejects.toMatchObject({ code: "mail_disabled" });
  });

  it("passes a refusing SMTP server on as 502 mail_failed", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const refusing = await startLocalSmtpServer({ refuseRecipient: () => true });
    try {
      const { ctx } = await simulatedContext();
      const { sendGuestMessage } = await sendModule({ SMTP_URL: refusing.url, SMTP_FROM: "keys@keyhost.test" });
      const pin = await createPin(ctx, LOCKS.bondi, { name: "Refused", code: "915372" });
      await later(ctx, DELAY + 1);
      await expect(sendGuestMessage(await messageForPin(ctx, LOCKS.bondi, pin.id), { to: "x@example.com" })).rejects.toMatchObject({ code: "mail_failed", field: "to" });
    } finally {
      await refusing.close();
    }
  });
});
